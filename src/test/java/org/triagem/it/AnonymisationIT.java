package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A DPO (dora) anonymises a data subject: afterwards none of their values is anywhere in the database (every
 * text column of every table searched), while the KPI report reads the same; an open case and a legal hold
 * each stop it with a pt-BR problem that names the hold.
 */
class AnonymisationIT extends DeployedTriagem {

    private static final ZoneId DESK = ZoneId.of("America/Sao_Paulo");

    /** A customer of the test's own: a valid CPF, a mobile number, an address and a surname nobody else has. */
    private record Subject(String name, String surname, String email, String cpf, String phone) {
        static Subject fresh() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            StringBuilder surname = new StringBuilder("Quix");
            for (int i = 0; i < 6; i++) {
                surname.append((char) ('a' + random.nextInt(26)));
            }
            String phone = "(11) 9" + (1000 + random.nextInt(9000)) + "-" + (1000 + random.nextInt(9000));
            return new Subject("Joana " + surname, surname.toString(), "titular-" + random.nextLong(1L << 40)
                    + "@example.com", TestCpfs.random(), phone);
        }

        String cpfFormatted() {
            return cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9);
        }

        String phoneDigits() {
            return phone.replaceAll("\\D", "");
        }

        /** Every form a search must not find: CPF with and without punctuation, e-mail, phone as typed and stored. */
        List<String> values() {
            return List.of(cpf, cpfFormatted(), email, phone, phoneDigits(), "+55" + phoneDigits(), surname);
        }
    }

    private String open(Subject s, String subject, String description) {
        String json = Json.createObjectBuilder().add("name", s.name()).add("email", s.email()).add("phone", s.phone())
                .add("cpf", s.cpfFormatted()).add("subject", subject).add("description", description).build().toString();
        Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("protocol");
    }

    private void act(String protocol, String action, String json) {
        Api.Reply r = api.as("fabio").act(protocol, action, StaffCases.etag(api, protocol), json);
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    }

    private void close(String protocol) {
        act(protocol, "claim", "{}");
        act(protocol, "resolve", "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\"}");
        act(protocol, "close", "{}");
    }

    private String kpis() {
        LocalDate today = LocalDate.now(DESK);
        Api.Reply r = api.get("api/reports/kpis?from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                "application/json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static void quarantine(String payload) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO quarantine"
                + " (id, channel, source_key, payload, reason, received_at, version)"
                + " VALUES (?, 'WEB_FORM', NULL, ?, 'formulário ilegível', CURRENT_TIMESTAMP, 1)")) {
            s.setLong(1, 3_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000));
            s.setString(2, payload);
            s.executeUpdate();
        }
    }

    private Api.Reply anonymise(String key, String value, boolean dryRun) {
        return api.as("dora").postJson("api/privacy/anonymisations", Json.createObjectBuilder().add(key, value)
                .add("reason", "Pedido de eliminação do titular (LGPD art. 18, VI)").add("dryRun", dryRun).build()
                .toString());
    }

    @Test
    void noPersonalValueOfTheSubjectRemainsAnywhereAndTheKpisReadTheSame() throws Exception {
        Subject s = Subject.fresh();
        String protocol = open(s, "Cobrança indevida de " + s.name(), "Fui cobrado duas vezes. Meu CPF é "
                + s.cpfFormatted() + ", liguem no " + s.phone() + " ou escrevam para " + s.email() + ".");
        assertThat(api.as("fabio").postJson("api/cases/" + protocol + "/messages", "{\"kind\":\"REPLY\",\"text\":"
                + "\"Olá " + s.name() + ", o estorno foi pedido. Confirmamos o CPF " + s.cpf() + ".\"}").status())
                .isEqualTo(201);
        close(protocol);
        quarantine("{\"name\":\"" + s.name() + "\",\"cpf\":\"" + s.cpfFormatted() + "\",\"email\":\"" + s.email()
                + "\",\"description\":\"" + "x".repeat(3) + "\"}");
        assertThat(PersonalDataScan.findings(s.values())).as("before").isNotEmpty();

        Api.Reply dry = anonymise("cpf", s.cpf(), true);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().getJsonArray("protocols").getString(0)).isEqualTo(protocol);
        assertThat(dry.json().getInt("quarantined")).isEqualTo(1);
        assertThat(dry.body()).doesNotContain(s.cpf()).contains(s.cpf().substring(3, 6));
        assertThat(PersonalDataScan.findings(s.values())).as("after the dry run").isNotEmpty();

        String kpisBefore = kpis();
        Api.Reply done = anonymise("cpf", s.cpfFormatted(), false);
        String kpisAfter = kpis();

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(PersonalDataScan.columnCount()).as("text columns searched").isGreaterThan(100);
        assertThat(PersonalDataScan.findings(s.values())).as("personal values left in the database").isEmpty();
        assertThat(kpisAfter).isEqualTo(kpisBefore);

        JsonObject c = api.get("api/cases/" + protocol).json();
        assertThat(c.getString("department")).isEqualTo(StaffCases.FINANCEIRO);
        assertThat(c.getString("status")).isEqualTo("CLOSED");
        assertThat(c.toString()).contains("[CPF removido]");

        JsonObject audited = api.as("dora").get("api/privacy/anonymisations?limit=20").jsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(a -> a.getJsonArray("protocols").toString().contains(protocol)).findFirst().orElseThrow();
        assertThat(audited.getString("performedBy")).isEqualTo("dora");
        assertThat(audited.getString("reason")).contains("art. 18");
        assertThat(audited.getString("subject")).startsWith("***.").endsWith("-**");

        Api.Reply again = anonymise("cpf", s.cpf(), false);
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void anOpenCaseStopsTheAnonymisationAndTheProblemNamesIt() throws Exception {
        Subject s = Subject.fresh();
        String protocol = open(s, "Cobrança indevida", "Fui cobrado duas vezes pela mesma compra no cartão.");

        Api.Reply refused = anonymise("email", s.email(), false);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains(protocol).contains("em aberto");
        assertThat(refused.json().getJsonArray("holds").getJsonObject(0).getString("kind")).isEqualTo("OPEN_CASE");
        assertThat(refused.body()).doesNotContain(s.email());
        assertThat(PersonalDataScan.findings(List.of(s.email()))).as("nothing changed").isNotEmpty();
    }

    @Test
    void aLegalHoldOnTheSubjectStopsItUntilTheDpoReleasesIt() throws Exception {
        Subject s = Subject.fresh();
        String protocol = open(s, "Cobrança indevida", "Fui cobrado duas vezes pela mesma compra no cartão.");
        close(protocol);
        Api.Reply hold = api.as("dora").postJson("api/privacy/holds", Json.createObjectBuilder()
                .add("phone", s.phone()).add("reason", "Processo judicial 0001234-56.2026.8.26.0100").build().toString());
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        assertThat(hold.body()).doesNotContain(s.phoneDigits().substring(0, 6));

        Api.Reply refused = anonymise("cpf", s.cpf(), false);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("retenção legal").contains("Processo judicial");
        assertThat(refused.json().getJsonArray("holds").getJsonObject(0).getString("kind")).isEqualTo("LEGAL_HOLD");

        Api.Reply released = api.as("dora").postJson("api/privacy/holds/" + hold.json().getJsonNumber("id") + "/release", "");
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(anonymise("cpf", s.cpf(), false).status()).isEqualTo(200);
    }

    @Test
    void aLegalHoldOnTheCaseStopsItAndOnlyTheDpoOrAnAdminMayAsk() {
        Subject s = Subject.fresh();
        String protocol = open(s, "Cobrança indevida", "Fui cobrado duas vezes pela mesma compra no cartão.");
        close(protocol);
        assertThat(api.as("fabio").postJson("api/privacy/anonymisations", "{\"email\":\"" + s.email()
                + "\",\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.as("dora").postJson("api/privacy/holds", "{\"protocol\":\"" + protocol
                + "\",\"reason\":\"Reclamação no Procon-SP\"}").status()).isEqualTo(201);

        Api.Reply refused = anonymise("email", s.email(), true);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains(protocol).contains("Procon-SP");
        Api.Reply english = api.as("dora").speaking("en").postJson("api/privacy/anonymisations", "{\"email\":\""
                + s.email() + "\",\"reason\":\"erasure\"}");
        assertThat(english.json().getString("detail")).contains("legal hold");
    }
}
