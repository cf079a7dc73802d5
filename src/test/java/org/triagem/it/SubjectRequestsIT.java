package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 21, the data subject's side: the customer downloads the history of all their complaints from the
 * status page (Decreto 11.034/2022 Art. 12), the DPO exports exactly one subject's data (LGPD Art. 18 II and
 * V), staff correct a customer's contact data with the change audited (Art. 18 III), and the share of
 * history requests met within 5 days is reported.
 */
class SubjectRequestsIT extends DeployedTriagem {

    /** Staff replies leave by SMTP: GreenMail is the IT server's relay. */
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(Integer.getInteger("it.imap.port", 39143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
        new ServerSetup(Integer.getInteger("it.smtp.port", 39025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
            .withPerMethodLifecycle(false);

    @BeforeEach
    void mailbox() {
        if (mail.getUserManager().getUserByEmail("sac@triagem.test") == null) {
            mail.setUser("sac@triagem.test", "sac", "it-only-secret");
        }
    }

    /** A customer of the test: their own CPF, address and phone, fresh each run. */
    private record Person(String name, String email, String cpf, String phone) {
        static Person named(String name, String phone) {
            return new Person(name, "titular-" + UUID.randomUUID() + "@example.com", TestCpfs.random(), phone);
        }
    }

    /** A charge complaint (Financeiro) from this person; the protocol. */
    private String complain(Person who, String description) {
        String json = Json.createObjectBuilder().add("name", who.name()).add("email", who.email())
                .add("cpf", who.cpf()).add("phone", who.phone()).add("subject", "Cobrança indevida")
                .add("description", description).build().toString();
        Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("protocol");
    }

    private void write(String protocol, String kind, String text) {
        Api.Reply r = api.as("fabio").postJson("api/cases/" + protocol + "/messages",
                Json.createObjectBuilder().add("kind", kind).add("text", text).build().toString());
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }

    private HttpResponse<byte[]> historyPdf(String protocol, String verification) {
        return SubjectPdf.post(api.base().resolve("api/public/cases/" + protocol + "/history"), null,
                "application/pdf", "X-Verification", verification, null);
    }

    private static String randomPhone() {
        return "(11) 9" + (1000 + (int) (Math.random() * 9000)) + "-" + (1000 + (int) (Math.random() * 9000));
    }

    @Test
    void theCustomerDownloadsTheHistoryOfAllTheirCasesAsAPdfWithTheStaffRepliesAndNoInternalNote() {
        Person maria = Person.named("Maria Souza", randomPhone());
        String first = complain(maria, "Fui cobrada duas vezes pela mesma compra no cartão.");
        String second = complain(maria, "A cobrança da anuidade veio em dobro na fatura.");
        String someoneElse = complain(Person.named("Maria Souza", randomPhone()), "Cobrança indevida de tarifa.");
        write(first, "REPLY", "Estornamos o valor cobrado em dobro, R$ 129,90.");
        write(first, "NOTE", "Suspeita de fraude interna, não contar à cliente.");

        HttpResponse<byte[]> wrong = historyPdf(first, "outra-" + maria.email());
        HttpResponse<byte[]> answer = historyPdf(first, maria.email());

        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment", first));
        String text = SubjectPdf.text(answer.body()).replaceAll("\\s+", " ");
        assertThat(text).contains("Histórico das suas demandas", first, second, "Fui cobrada duas vezes",
                "Estornamos o valor cobrado em dobro, R$ 129,90.", "Demandas: 2");
        assertThat(text).doesNotContain("fraude interna", someoneElse);

        // The request is recorded and fulfilled at once, as a download, the customer's CPF masked.
        JsonObject request = requestFor(first);
        assertThat(request.getString("kind")).isEqualTo("HISTORY");
        assertThat(request.getString("channel")).isEqualTo("STATUS_PAGE");
        assertThat(request.getString("delivery")).isEqualTo("DOWNLOAD");
        assertThat(request.getString("fulfilledAt")).isNotBlank();
        assertThat(request.getString("subject")).startsWith("CPF ").doesNotContain(maria.cpf().substring(3, 9));
    }

    private JsonObject requestFor(String protocol) {
        Api.Reply list = api.as("dora").get("api/subject-requests?limit=500");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.jsonArray().getValuesAs(JsonObject.class).stream().filter(r -> r.getString("protocol").equals(protocol)).findFirst().orElseThrow();
    }

    @Test
    void anExportHoldsExactlyTheSubjectsDataAndNobodyElses() {
        String sharedPrefix = "(11) 98" + (100 + (int) (Math.random() * 900));
        Person maria = Person.named("Maria Souza", sharedPrefix + "-1234");
        Person joao = Person.named("João Souza", sharedPrefix + "-1243");
        String mariaFirst = complain(maria, "Cobrança em dobro no cartão de Maria.");
        String mariaSecond = complain(maria, "Outra cobrança indevida de Maria.");
        String joaos = complain(joao, "Cobrança indevida de João.");
        write(mariaFirst, "REPLY", "Maria, o estorno foi feito.");

        for (String key : List.of(maria.cpf(), maria.email().toUpperCase(), maria.phone())) {
            Api.Reply export = api.as("dora").postJson("api/subjects/export",
                    Json.createObjectBuilder().add("key", key).build().toString());
            assertThat(export.status()).as(export.body()).isEqualTo(200);
            JsonObject dossier = export.json();
            JsonArray cases = dossier.getJsonArray("cases");
            assertThat(cases.getValuesAs(JsonObject.class)).extracting(c -> c.getString("protocol"))
                    .containsExactlyInAnyOrder(mariaFirst, mariaSecond);
            assertThat(cases.getValuesAs(JsonObject.class)).allSatisfy(c -> {
                assertThat(c.getString("customerCpf")).isEqualTo(maria.cpf());
                assertThat(c.getString("customerEmail")).isEqualTo(maria.email());
            });
            assertThat(dossier.getJsonObject("counts").getInt("cases")).isEqualTo(2);
            assertThat(export.body()).contains("Maria, o estorno foi feito.")
                    .doesNotContain(joaos, joao.cpf(), joao.email(), "João");
        }

        HttpResponse<byte[]> pdf = SubjectPdf.post(api.base().resolve("api/subjects/export"), "dora",
                "application/pdf", null, null, Json.createObjectBuilder().add("key", maria.cpf()).build().toString());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = SubjectPdf.text(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text).contains(mariaFirst, mariaSecond, "Cobrança em dobro no cartão de Maria.")
                .doesNotContain(joaos, "João");

        // Audited: who exported, with the subject masked; the identifiers never in clear.
        Api.Reply audit = api.as("dora").get("api/subjects/audit?limit=20");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("EXPORTED_JSON", "EXPORTED_PDF", "\"actor\":\"dora\"")
                .doesNotContain(maria.cpf(), maria.email());
        // Staff who are not the DPO export nothing.
        assertThat(api.as("fabio").postJson("api/subjects/export", Json.createObjectBuilder()
                .add("key", maria.cpf()).build().toString()).status()).isEqualTo(403);
    }

    @Test
    void staffOfTheDepartmentCorrectTheContactDataAndTheChangeIsAuditedMasked() {
        Person maria = Person.named("Maria Souza", randomPhone());
        String protocol = complain(maria, "Cobrança em dobro no cartão.");
        String newEmail = "maria.nova-" + UUID.randomUUID() + "@example.com";
        String correction = Json.createObjectBuilder().add("name", "Maria Souza Lima").add("email", newEmail)
                .add("phone", "(21) 99876-5432").add("reason", "A cliente ligou e pediu a correção.").build().toString();

        Api.Reply otherDepartment = api.as("lucas").putJson("api/cases/" + protocol + "/contact", correction);
        Api.Reply noReason = api.as("fabio").putJson("api/cases/" + protocol + "/contact",
                Json.createObjectBuilder().add("email", newEmail).build().toString());
        Api.Reply corrected = api.as("fabio").putJson("api/cases/" + protocol + "/contact", correction);

        assertThat(otherDepartment.status()).isEqualTo(404);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().getBoolean("changed")).isTrue();

        JsonObject view = api.as("fabio").get("api/cases/" + protocol).json();
        assertThat(view.getJsonObject("customer").getString("name")).isEqualTo("Maria Souza Lima");
        JsonObject event = view.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("CONTACT_CORRECTED")).findFirst().orElseThrow();
        assertThat(event.getString("actor")).isEqualTo("fabio");
        assertThat(event.toString()).contains("A cliente ligou e pediu a correção.", "t***@example.com",
                "m***@example.com", "5432").doesNotContain(newEmail, maria.email(), "99876-5432");
        // The customer is found by the corrected address now, and no longer by the old one.
        Api.Reply byNew = api.as("dora").postJson("api/subjects/search",
                Json.createObjectBuilder().add("key", newEmail).build().toString());
        assertThat(byNew.json().getJsonObject("counts").getInt("cases")).isEqualTo(1);
        assertThat(api.as("dora").get("api/subjects/audit?limit=50").body()).contains("CONTACT_CORRECTED");
    }

    @Test
    void theReportCountsHistoryRequestsMetWithinFiveDaysAndTheOpenOnes() {
        JsonObject before = historyTally();
        Person maria = Person.named("Maria Souza", randomPhone());
        String protocol = complain(maria, "Cobrança em dobro no cartão.");
        String byPhone = anonymousCallerCase();

        assertThat(historyPdf(protocol, maria.cpf()).statusCode()).isEqualTo(200);
        Api.Reply registered = api.as("fabio").postJson("api/subject-requests",
                "{\"protocol\":\"" + byPhone + "\",\"kind\":\"HISTORY\",\"channel\":\"PHONE\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().containsKey("fulfilledAt")).as("not fulfilled").isFalse();

        JsonObject after = historyTally();
        assertThat(after.getInt("requested") - before.getInt("requested")).isEqualTo(2);
        assertThat(after.getInt("metInTime") - before.getInt("metInTime")).isEqualTo(1);
        assertThat(after.getInt("open") - before.getInt("open")).isEqualTo(1);
        assertThat(after.getInt("late")).isEqualTo(before.getInt("late"));
        assertThat(after.getInt("deadlineDays")).isEqualTo(5);
        assertThat(after.getJsonNumber("metInTimeShare").doubleValue()).isBetween(0.0, 1.0);

        // Staff hand it over another way and say so: it is met in time.
        Api.Reply done = api.as("fabio").postJson("api/subject-requests/" + registered.json().getInt("id")
                + "/fulfilment", "{\"delivery\":\"BY_STAFF\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonObject settled = historyTally();
        assertThat(settled.getInt("metInTime") - before.getInt("metInTime")).isEqualTo(2);
        assertThat(settled.getInt("open")).isEqualTo(before.getInt("open"));
    }

    /** A webform case with only a name and a phone number: no e-mail to send the history to. */
    private String anonymousCallerCase() {
        String json = Json.createObjectBuilder().add("name", "Cliente por telefone").add("phone", randomPhone())
                .add("subject", "Cobrança indevida").add("description", "Cobrança em dobro na fatura do cartão.")
                .build().toString();
        Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("protocol");
    }

    private JsonObject historyTally() {
        Api.Reply r = api.as("dora").get("api/reports/subject-requests");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("kind").equals("HISTORY")).findFirst().orElseThrow();
    }
}
