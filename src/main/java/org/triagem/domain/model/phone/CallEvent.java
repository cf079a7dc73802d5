package org.triagem.domain.model.phone;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.triagem.domain.model.survey.SurveyAnswers;

/**
 * One event about one call, as the telephony platform reported it, already checked: the caller's
 * number is in E.164, the CPF has valid check digits. Only {@code eventId}, {@code type} and
 * {@code callId} are always present; the rest depends on the type ({@code survey}: the scores of a
 * {@code survey.answered} event, null for the other types). {@code payload} is the body as
 * received (kept if the event has to be quarantined) and {@code payloadSha256} its digest, which tells a
 * retry (same bytes) from an id reused for another event.
 */
public record CallEvent(
        String eventId,
        CallEventType type,
        OffsetDateTime occurredAt,
        String callId,
        String caller,
        String dialled,
        List<String> ivrPath,
        String ivrChoice,
        String notes,
        String category,
        String cpf,
        String customerName,
        Integer durationSeconds,
        String attendant,
        CallDisposition disposition,
        String recordingRef,
        SurveyAnswers survey,
        String payload,
        String payloadSha256) {

    public CallEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(callId, "callId");
        ivrPath = ivrPath == null ? List.of() : List.copyOf(ivrPath);
    }

    /** Who acted, for the case history: the attendant when the platform names one. */
    public String actor() {
        return attendant == null ? "phone" : attendant;
    }
}
