package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** The SAC phone system's webhook: calls from start to end, repeat callers, drops, retries. */
class PhoneWebhookIT extends DeployedTriagem {

    SignedCalls pbx;

    @BeforeEach
    void pbx() {
        pbx = new SignedCalls(api);
    }

    @Test
    void aCallGetsItsProtocolAtOnceAndEveryLaterEventLandsOnItsCase() {
        String callId = SignedCalls.newCallId();
        String cpf = TestCpfs.random();

        Api.Reply started = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.started", callId, """
                "caller":"%s","dialled":"0800 123 4567","ivrPath":["principal","2 - cobrança"],"ivrChoice":"cobranca"
                """.formatted(SignedCalls.randomCaller())));
        assertThat(started.status()).isEqualTo(201);
        String protocol = started.json().getString("protocol");
        assertThat(ProtocolNumber.isValid(protocol)).isTrue();
        assertThat(started.json().getString("callId")).isEqualTo(callId);
        assertThat(started.location()).endsWith("/api/cases/" + protocol);

        Api.Reply updated = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.updated", callId, """
                "cpf":"%s","name":"João da Silva","category":"Cobrança","notes":"Cobrança em dobro na fatura","attendant":"ag-17"
                """.formatted(cpf)));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("protocol")).isEqualTo(protocol);
        assertThat(updated.json().getBoolean("newCase")).isFalse();

        Api.Reply ended = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.ended", callId, """
                "durationSeconds":312,"attendant":"ag-17","disposition":"resolved_first_contact","recordingRef":"rec/2026/11/abc.wav"
                """));
        assertThat(ended.status()).isEqualTo(200);

        JsonObject view = api.get("api/cases/" + protocol).json();
        assertThat(view.getString("channel")).isEqualTo("PHONE");
        assertThat(view.getString("department")).isEqualTo("Financeiro");
        assertThat(view.getString("status")).isEqualTo("RESOLVED");
        assertThat(view.getJsonObject("customer").getString("phone")).matches("\\*+[0-9]{4}");
        assertThat(view.getJsonObject("customer").getString("cpf")).startsWith("***.");
        assertThat(types(view)).contains("OPENED", "CUSTOMER_IDENTIFIED", "PHONE_CALL", "STATUS_CHANGED");
        assertThat(view.toString()).contains("resolved_first_contact").contains("rec/2026/11/abc.wav")
                .doesNotContain(cpf);
    }

    @Test
    void aDroppedCallOwesTheCallerACallBackWithinTheRulesShortSla() {
        String callId = SignedCalls.newCallId();
        String protocol = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.started", callId,
                "\"caller\":\"" + SignedCalls.randomCaller() + "\"")).json().getString("protocol");

        Api.Reply dropped = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.dropped", callId,
                "\"durationSeconds\":40"));

        assertThat(dropped.status()).isEqualTo(200);
        JsonObject view = api.get("api/cases/" + protocol).json();
        assertThat(view.get("callbackDueAt")).isNotEqualTo(JsonValue.NULL);
        assertThat(view.getJsonObject("sla").getInt("firstResponseMinutes")).isEqualTo(30);
        assertThat(types(view)).contains("CALLBACK_REQUIRED");
    }

    @Test
    void aCallThatDropsBeforeItStartedStillOpensACaseWithACallBack() {
        Api.Reply dropped = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.dropped",
                SignedCalls.newCallId(), "\"caller\":\"" + SignedCalls.randomCaller() + "\""));

        assertThat(dropped.status()).isEqualTo(201);
        JsonObject view = api.get("api/cases/" + dropped.json().getString("protocol")).json();
        assertThat(view.getJsonArray("tags").getValuesAs(JsonString::getString)).contains("retorno");
        assertThat(view.get("callbackDueAt")).isNotEqualTo(JsonValue.NULL);
    }

    @Test
    void aRepeatCallAboutAnOpenCaseJoinsItAndRaisesItsPriority() {
        String caller = SignedCalls.randomCaller();
        Api.Reply first = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.started",
                SignedCalls.newCallId(), "\"caller\":\"" + caller + "\",\"ivrChoice\":\"entrega\""));
        String protocol = first.json().getString("protocol");
        assertThat(api.get("api/cases/" + protocol).json().getString("priority")).isIn("P3", "P4");

        // the same number, written the way another trunk presents it
        String sameNumber = "0 15 " + caller.replaceAll("\\D", "");
        Api.Reply again = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.started",
                SignedCalls.newCallId(), "\"caller\":\"" + sameNumber + "\",\"ivrChoice\":\"entrega\""));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("protocol")).isEqualTo(protocol);
        assertThat(again.json().getBoolean("newCase")).isFalse();
        JsonObject view = api.get("api/cases/" + protocol).json();
        assertThat(view.getString("priority")).isEqualTo("P2");
        assertThat(types(view)).contains("PRIORITY_RAISED", "CUSTOMER_MESSAGE");
    }

    @Test
    void aRetriedEventIsAppliedOnceAndAnsweredTheSameWay() throws Exception {
        String eventId = SignedCalls.newEventId();
        String callId = SignedCalls.newCallId();
        byte[] body = SignedCalls.event("call.started", callId, "\"caller\":\"" + SignedCalls.randomCaller() + "\"")
                .getBytes(StandardCharsets.UTF_8);

        Api.Reply first = pbx.send(eventId, body, SignedCalls.CURRENT_SECRET);
        // the platform retries: the same id and bytes, a new timestamp; here also signed with the older secret
        Api.Reply retry = pbx.send(eventId, body, SignedCalls.PREVIOUS_SECRET);
        List<Api.Reply> racing = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> pbx.send(eventId, body, SignedCalls.CURRENT_SECRET)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(racing).allSatisfy(r -> assertThat(r.body()).isEqualTo(first.body()));

        // a note sent twice is noted once
        String noteId = SignedCalls.newEventId();
        String note = SignedCalls.event("call.updated", callId, "\"notes\":\"cliente aguardando\"");
        pbx.send(noteId, note);
        pbx.send(noteId, note);
        JsonObject view = api.get("api/cases/" + first.json().getString("protocol")).json();
        assertThat(types(view).stream().filter("OPENED"::equals)).hasSize(1);
        assertThat(types(view).stream().filter("PHONE_CALL"::equals)).hasSize(1);
    }

    @Test
    void anEventIdReusedForOtherContentIsRefused() {
        String eventId = SignedCalls.newEventId();
        String callId = SignedCalls.newCallId();
        pbx.send(eventId, SignedCalls.event("call.started", callId, ""));

        Api.Reply reused = pbx.send(eventId, SignedCalls.event("call.dropped", callId, ""));

        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().getString("type")).endsWith("/webhook-replayed");
    }

    @Test
    void answersMalformedEventsWith400NamingTheField() {
        Api.Reply notJson = pbx.send(SignedCalls.newEventId(), "{\"type\": ");
        Api.Reply noCallId = pbx.send(SignedCalls.newEventId(), "{\"type\":\"call.started\",\"data\":{}}");
        Api.Reply badCaller = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.started",
                SignedCalls.newCallId(), "\"caller\":\"12\""));
        Api.Reply unknownType = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.transferred",
                SignedCalls.newCallId(), ""));

        assertThat(List.of(notJson, noCallId, badCaller, unknownType)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        });
        assertThat(noCallId.body()).contains("data.callId");
        assertThat(badCaller.body()).contains("data.caller");
        assertThat(unknownType.body()).contains("\"type\"");
    }

    @Test
    void refusesABodyOver64Kb() {
        String notes = "x".repeat(70 * 1024);
        Api.Reply big = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.updated",
                SignedCalls.newCallId(), "\"notes\":\"" + notes + "\""));

        assertThat(big.status()).isEqualTo(413);
        assertThat(big.contentType()).startsWith("application/problem+json");
    }

    private static List<String> types(JsonObject view) {
        return view.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(e -> e.getString("type"))
                .toList();
    }
}
