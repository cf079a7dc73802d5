package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19: anyone can follow and act on their case. A phone caller, who gave neither e-mail nor CPF,
 * hears a verification code with the protocol, follows the case with both on the public API and answers
 * it: the answer joins the case and puts it back to work, as a mail reply does. A wrong code is a 404
 * like an unknown protocol and locks the protocol after five; a document outside the mail channel's
 * limits is refused with a problem that says why.
 */
class CustomerFollowAndAnswerIT extends DeployedTriagem {

    private static final String CODE = "[2-9A-HJKMNP-Z]{6}";

    /** The acknowledgement leaves by SMTP: GreenMail is the IT server's relay (and its quiet mailbox). */
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

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A call from an unknown number about a charge (routed to Financeiro): the answer to call.started. */
    private JsonObject callStarted() {
        Api.Reply started = new SignedCalls(api).send(SignedCalls.newEventId(), SignedCalls.event("call.started",
                SignedCalls.newCallId(), "\"caller\":\"" + SignedCalls.randomCaller() + "\",\"ivrChoice\":\"cobranca\""));
        assertThat(started.status()).isEqualTo(201);
        return started.json();
    }

    private HttpResponse<String> lookUp(String protocol, String verification) throws Exception {
        return http.send(HttpRequest.newBuilder(api.base().resolve("api/public/cases/" + protocol))
                .header("X-Verification", verification).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Api.Reply answer(String protocol, String verification, JsonObjectBuilder message) {
        return api.anonymous().postWithHeaders("api/public/cases/" + protocol + "/messages", "application/json",
                Map.of("X-Verification", verification),
                message.add("replyToken", UUID.randomUUID().toString()).build().toString()
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void act(String protocol, String action, String json) {
        Api fabio = api.as("fabio");
        Api.Reply r = fabio.act(protocol, action, StaffCases.etag(fabio, protocol), json);
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    }

    private static boolean sentTo(MimeMessage m, String address) {
        try {
            return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasNoCode(JsonObject answer) {
        return !answer.containsKey("verificationCode") || answer.isNull("verificationCode");
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new java.io.StringReader(r.body())).readObject();
    }

    @Test
    void aPhoneCallerFollowsTheCaseWithTheCodeTheyHeardAndTheirAnswerPutsItBackToWork() throws Exception {
        JsonObject call = callStarted();
        String protocol = call.getString("protocol");
        String code = call.getString("verificationCode");
        assertThat(code).matches(CODE);
        act(protocol, "claim", "{}");
        act(protocol, "start", "{}");
        act(protocol, "pending-customer", "{}");

        // read out over the phone, typed as heard: any case, a dash
        HttpResponse<String> status = lookUp(protocol, code.substring(0, 3).toLowerCase() + "-" + code.substring(3));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json(status).getString("status")).isEqualTo("PENDING_CUSTOMER");
        assertThat(json(status).getBoolean("acceptsMessages")).isTrue();

        Api.Reply answered = answer(protocol, code, Json.createObjectBuilder()
                .add("text", "O valor cobrado em dobro foi de R$ 129,90, na fatura de outubro."));

        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(answered.json().getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(answered.json().getJsonArray("conversation").getValuesAs(JsonObject.class))
                .anySatisfy(m -> assertThat(m.getString("text")).contains("R$ 129,90"));
        JsonObject staffView = api.as("fabio").get("api/cases/" + protocol).json();
        assertThat(staffView.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(staffView.getJsonArray("messages").getValuesAs(JsonObject.class)).anySatisfy(m -> {
            assertThat(m.getString("kind")).isEqualTo("CUSTOMER");
            assertThat(m.getString("channel")).isEqualTo("WEB_FORM");
            assertThat(m.getString("body")).contains("R$ 129,90");
        });
    }

    @Test
    void anAnswerOnAMergedCaseGoesOnInTheCaseItWasMergedInto() throws Exception {
        String survivor = callStarted().getString("protocol");
        JsonObject second = callStarted();
        String merged = second.getString("protocol");
        act(merged, "merge", "{\"into\": \"" + survivor + "\"}");

        JsonObject status = json(lookUp(merged, second.getString("verificationCode")));
        assertThat(status.getString("mergedInto")).isEqualTo(survivor);
        assertThat(status.getBoolean("acceptsMessages")).isTrue();
        Api.Reply answered = answer(merged, second.getString("verificationCode"), Json.createObjectBuilder()
                .add("text", "Liguei de novo: a cobrança em dobro continua."));

        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(api.as("fabio").get("api/cases/" + survivor).json().getJsonArray("messages").toString())
                .contains("Liguei de novo");
    }

    @Test
    void theRetriedCallStartedReadsOutTheSameCodeAndALaterEventNone() {
        String eventId = SignedCalls.newEventId();
        String callId = SignedCalls.newCallId();
        byte[] body = SignedCalls.event("call.started", callId, "\"caller\":\"" + SignedCalls.randomCaller() + "\"")
                .getBytes(StandardCharsets.UTF_8);
        SignedCalls pbx = new SignedCalls(api);

        JsonObject first = pbx.send(eventId, body, SignedCalls.CURRENT_SECRET).json();
        JsonObject retry = pbx.send(eventId, body, SignedCalls.CURRENT_SECRET).json();
        Api.Reply updated = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.updated", callId,
                "\"notes\":\"cliente aguardando\""));

        assertThat(retry.getString("verificationCode")).isEqualTo(first.getString("verificationCode")).matches(CODE);
        assertThat(hasNoCode(updated.json())).isTrue();
    }

    @Test
    void aWrongCodeIsRefusedLikeAnUnknownProtocolAndLocksTheProtocolAfterFive() throws Exception {
        JsonObject call = callStarted();
        String protocol = call.getString("protocol");
        String code = call.getString("verificationCode");
        String wrong = code.startsWith("2") ? "3" + code.substring(1) : "2" + code.substring(1);

        for (int i = 0; i < 4; i++) {
            assertThat(lookUp(protocol, wrong).statusCode()).isEqualTo(404);
        }
        Api.Reply refusedAnswer = answer(protocol, wrong, Json.createObjectBuilder().add("text", "adivinhando"));
        assertThat(refusedAnswer.status()).as("an answer with a wrong code counts too").isEqualTo(404);
        assertThat(refusedAnswer.contentType()).startsWith("application/problem+json");

        HttpResponse<String> locked = lookUp(protocol, code);
        assertThat(locked.statusCode()).as("the right code waits too").isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer(protocol, code, Json.createObjectBuilder().add("text", "sou eu")).status()).isEqualTo(429);
        assertThat(api.as("fabio").get("api/cases/" + protocol).json().getJsonArray("messages")).isEmpty();
    }

    @Test
    void aDocumentOverTheLimitOrOfAForbiddenTypeIsRefusedWithAReadableProblemAndAnAcceptedOneJoinsTheCase() {
        // An anonymous web form: no e-mail, no CPF; the receipt's code is the only way back.
        Api.Reply receipt = api.anonymous().postJson("api/intake/webform", Json.createObjectBuilder()
                .add("description", "Produto chegou quebrado, tenho fotos.").build().toString());
        String protocol = receipt.json().getString("protocol");
        String code = receipt.json().getString("verificationCode");
        assertThat(code).matches(CODE);

        Api.Reply tooLarge = answer(protocol, code, Json.createObjectBuilder().add("text", "fotos")
                .add("fileName", "fotos.jpg").add("fileType", "image/jpeg")
                .add("fileContent", Base64.getEncoder().encodeToString(new byte[5 * 1024 * 1024 + 1])));
        Api.Reply program = answer(protocol, code, Json.createObjectBuilder().add("text", "boleto")
                .add("fileName", "boleto.exe").add("fileType", "application/x-msdownload")
                .add("fileContent", Base64.getEncoder().encodeToString(new byte[] {'M', 'Z'})));
        Api.Reply pdf = answer(protocol, code, Json.createObjectBuilder()
                .add("fileName", "nota-fiscal.pdf").add("fileType", "application/octet-stream")
                .add("fileContent", Base64.getEncoder().encodeToString("%PDF-1.4 nota".getBytes(StandardCharsets.US_ASCII))));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.json().getString("type")).endsWith("/attachment-too-large");
        assertThat(tooLarge.json().getString("detail")).contains("5.0 MB");
        assertThat(program.status()).isEqualTo(415);
        assertThat(program.json().getString("type")).endsWith("/attachment-type-not-allowed");
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
        assertThat(pdf.json().getJsonArray("documents").getValuesAs(JsonObject.class))
                .singleElement().satisfies(d -> assertThat(d.getString("fileName")).isEqualTo("nota-fiscal.pdf"));
        JsonObject staffView = api.as("admin").get("api/cases/" + protocol).json();
        assertThat(staffView.getJsonArray("attachments").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(a -> assertThat(a.getString("contentType")).isEqualTo("application/pdf"));
    }

    @Test
    void anAnswerWithinTheWindowReopensAResolvedCaseAndAClosedCaseTakesNone() {
        JsonObject call = callStarted();
        String protocol = call.getString("protocol");
        String code = call.getString("verificationCode");
        act(protocol, "resolve", "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\"}");

        Api.Reply reopened = answer(protocol, code, Json.createObjectBuilder().add("text", "O estorno não apareceu."));
        assertThat(reopened.status()).isEqualTo(201);
        assertThat(reopened.json().getString("status")).isEqualTo("REOPENED");

        act(protocol, "claim", "{}");
        act(protocol, "resolve", "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\"}");
        act(protocol, "close", "{}");
        Api.Reply closed = answer(protocol, code, Json.createObjectBuilder().add("text", "Mais uma coisa."));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().getString("type")).endsWith("/case-closed");
    }

    @Test
    void theSameFormSentTwiceGetsItsCodeAgainButAnotherTextUnderTheSameTokenDoesNot() {
        String token = "form-" + UUID.randomUUID();
        String form = Json.createObjectBuilder().add("description", "Cobrança em dobro no cartão.")
                .add("formToken", token).build().toString();
        JsonObject first = api.anonymous().postJson("api/intake/webform", form).json();
        JsonObject again = api.anonymous().postJson("api/intake/webform", form).json();
        JsonObject guessed = api.anonymous().postJson("api/intake/webform", Json.createObjectBuilder()
                .add("description", "Outro texto, token adivinhado.").add("formToken", token).build().toString()).json();

        assertThat(again.getString("protocol")).isEqualTo(first.getString("protocol"));
        assertThat(again.getString("verificationCode")).isEqualTo(first.getString("verificationCode"));
        assertThat(guessed.getString("protocol")).isEqualTo(first.getString("protocol"));
        assertThat(hasNoCode(guessed)).as("a guessed form token must not give the case away").isTrue();
    }

    @Test
    void theAcknowledgementTellsTheCodeAndLinksTheStatusPageInItsLanguageWithoutTheCode() throws Exception {
        String email = StaffCases.email();
        JsonObject receipt = api.anonymous().postJson("api/intake/webform", Json.createObjectBuilder()
                .add("description", "Minha entrega atrasou.").add("email", email).build().toString()).json();
        String protocol = receipt.getString("protocol");
        String code = receipt.getString("verificationCode");

        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(mail.getReceivedMessages()).stream()
                .anyMatch(m -> sentTo(m, email)));
        MimeMessage ack = List.of(mail.getReceivedMessages()).stream()
                .filter(m -> sentTo(m, email)).findFirst().orElseThrow();
        String text = ack.getContent().toString().replace("\r\n", "\n");

        assertThat(text).contains(code).contains("acompanhar.html?protocol=" + protocol + "&lang=pt-BR");
        assertThat(text.lines().filter(l -> l.contains("acompanhar.html"))).noneMatch(l -> l.contains(code));
    }
}
