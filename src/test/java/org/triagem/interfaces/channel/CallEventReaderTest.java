package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.phone.CallDisposition;
import org.triagem.domain.model.phone.CallEvent;
import org.triagem.domain.model.phone.CallEventType;

class CallEventReaderTest {

    private final CallEventReader reader = new CallEventReader();

    @Test
    void readsACallStartWithTheCallerInE164() {
        CallEvent e = reader.read(bytes("""
                {"type":"call.started","timestamp":"2026-11-23T13:00:00-03:00",
                 "data":{"callId":"c-1","caller":"(11) 98765-4321","ivrPath":["principal","2"],"ivrChoice":"cobranca"}}
                """), "evt-1");
        assertThat(e.type()).isEqualTo(CallEventType.STARTED);
        assertThat(e.eventId()).isEqualTo("evt-1");
        assertThat(e.caller()).isEqualTo("+5511987654321");
        assertThat(e.ivrPath()).containsExactly("principal", "2");
        assertThat(e.payloadSha256()).hasSize(64);
    }

    @Test
    void takesTheEventIdFromTheBodyOnBatchAndBrokerPaths() {
        CallEvent e = reader.read("""
                {"id":"evt-9","type":"call.ended","data":{"callId":"c-9","disposition":"resolved_first_contact","durationSeconds":61}}""");
        assertThat(e.eventId()).isEqualTo("evt-9");
        assertThat(e.disposition()).isEqualTo(CallDisposition.RESOLVED_FIRST_CONTACT);
        assertThat(e.durationSeconds()).isEqualTo(61);
    }

    @Test
    void readsTheIvrSurveyScores() {
        CallEvent e = reader.read(bytes("""
                {"type":"survey.answered","data":{"callId":"c-3","csat":2,"nps":9}}"""), "evt-3");
        assertThat(e.type()).isEqualTo(CallEventType.SURVEY_ANSWERED);
        assertThat(e.survey().csat()).isEqualTo(2);
        assertThat(e.survey().nps()).isEqualTo(9);
        assertThat(e.survey().ces()).isNull();
    }

    @Test
    void refusesAnIvrSurveyWithoutScoresOrOffTheScale() {
        assertThatThrownBy(() -> reader.read(bytes("""
                {"type":"survey.answered","data":{"callId":"c-3"}}"""), "evt-3"))
                .isInstanceOf(MalformedCallEventException.class);
        assertThatThrownBy(() -> reader.read(bytes("""
                {"type":"survey.answered","data":{"callId":"c-3","csat":6,"nps":11,"ces":0}}"""), "evt-3"))
                .isInstanceOfSatisfying(MalformedCallEventException.class, e -> assertThat(e.violations())
                        .extracting(MalformedCallEventException.Violation::field)
                        .contains("data.csat", "data.nps", "data.ces"));
    }

    @Test
    void otherEventsCarryNoSurvey() {
        assertThat(reader.read(bytes("{\"type\":\"call.ended\",\"data\":{\"callId\":\"c\",\"csat\":5}}"),
                "e").survey()).isNull();
    }

    @Test
    void aWithheldNumberIsNoNumber() {
        assertThat(reader.read(bytes("{\"type\":\"call.started\",\"data\":{\"callId\":\"c\",\"caller\":\"anonymous\"}}"),
                "e").caller()).isNull();
    }

    @Test
    void namesEveryFieldAtFault() {
        assertThatThrownBy(() -> reader.read(bytes("""
                {"id":"other","type":"call.moved","data":{"caller":"12","cpf":"111.111.111-12","durationSeconds":-1}}
                """), "evt-1"))
                .isInstanceOfSatisfying(MalformedCallEventException.class, e -> assertThat(e.violations())
                        .extracting(MalformedCallEventException.Violation::field)
                        .containsExactlyInAnyOrder("id", "type", "data.callId", "data.caller", "data.cpf",
                                "data.durationSeconds"));
    }

    @Test
    void aBodyNestedThousandsDeepIsTheSendersBadJsonNotAFailure() {
        String deep = "{\"type\":\"call.started\",\"data\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> reader.read(bytes(deep), "e"))
                .isInstanceOfSatisfying(MalformedCallEventException.class, e -> assertThat(e.violations())
                        .extracting(MalformedCallEventException.Violation::field).containsExactly("body"));
    }

    @Test
    void aNulCharacterInAFieldIsRefusedNamingTheField() {
        assertThatThrownBy(() -> reader.read(bytes(
                "{\"type\":\"call.started\",\"data\":{\"callId\":\"c\",\"notes\":\"a\\u0000b\"}}"), "e"))
                .isInstanceOfSatisfying(MalformedCallEventException.class, e -> assertThat(e.violations())
                        .extracting(MalformedCallEventException.Violation::field).containsExactly("data.notes"));
    }

    @Test
    void refusesWhatIsNotAJsonObject() {
        assertThatThrownBy(() -> reader.read(bytes("[1,2]"), "e")).isInstanceOf(MalformedCallEventException.class);
        assertThatThrownBy(() -> reader.read(bytes("{\"type\":"), "e")).isInstanceOf(MalformedCallEventException.class);
    }

    @Test
    void theSchemaTheReaderUsesIsTheOnePublishedInTheDocs() throws Exception {
        try (var published = java.nio.file.Files.newInputStream(java.nio.file.Path.of("docs/schemas/phone-event.schema.json"));
                var used = CallEventReader.class.getResourceAsStream(PhoneEventSchema.RESOURCE)) {
            assertThat(used).as("the build copies docs/schemas to the classpath").isNotNull();
            assertThat(used.readAllBytes()).isEqualTo(published.readAllBytes());
        }
    }

    @Test
    void aSurveyWithoutAnyScoreIsToldWhichScoresItMayCarry() {
        assertThatThrownBy(() -> reader.read(bytes("""
                {"type":"survey.answered","data":{"callId":"c-3","csat":null}}"""), "evt-3"))
                .isInstanceOfSatisfying(MalformedCallEventException.class, e -> assertThat(e.violations())
                        .extracting(MalformedCallEventException.Violation::message)
                        .containsExactly("survey.answered needs at least one of csat, nps, ces"));
    }

    @Test
    void nullMeansAbsentAndBlankTextIsNoText() {
        CallEvent e = reader.read(bytes("""
                {"type":"call.updated","timestamp":null,"data":{"callId":"c-4","notes":"   ","cpf":null,
                 "disposition":null,"ivrPath":null,"durationSeconds":null}}"""), "evt-4");
        assertThat(e.notes()).isNull();
        assertThat(e.ivrPath()).isEmpty();
        assertThat(e.disposition()).isNull();
    }

    @Test
    void wrongTypesAndLimitsAreNamedByFieldInPlainWords() {
        assertThatThrownBy(() -> reader.read(bytes("""
                {"type":"call.started","data":{"callId":"c","notes":42,"ivrPath":["a",7],"csat":4.5,
                 "durationSeconds":700000}}"""), "e"))
                .isInstanceOfSatisfying(MalformedCallEventException.class, e -> {
                    assertThat(e.violations()).extracting(MalformedCallEventException.Violation::field)
                            .containsExactlyInAnyOrder("data.notes", "data.ivrPath", "data.csat", "data.durationSeconds");
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).doesNotStartWith("/"));
                });
    }

    @Test
    void textAfterTheObjectIsNotAnEvent() {
        assertThatThrownBy(() -> reader.read(bytes(
                "{\"type\":\"call.started\",\"data\":{\"callId\":\"c\"}} trailing"), "e"))
                .isInstanceOfSatisfying(MalformedCallEventException.class, e -> assertThat(e.violations())
                        .extracting(MalformedCallEventException.Violation::field).containsExactly("body"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
