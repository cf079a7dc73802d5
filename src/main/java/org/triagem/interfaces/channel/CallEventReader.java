package org.triagem.interfaces.channel;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.triagem.domain.model.complaint.Cpf;
import org.triagem.domain.model.complaint.PhoneNumbers;
import org.triagem.domain.model.phone.CallDisposition;
import org.triagem.domain.model.phone.CallEvent;
import org.triagem.domain.model.phone.CallEventType;
import org.triagem.domain.model.survey.SurveyAnswers;

/**
 * Reads a call event of the phone contract ({@code docs/phone-integration.md}) from its bytes, the same
 * for the webhook, a batch file line and a broker message. The shape is checked against the published
 * JSON Schema ({@link PhoneEventSchema}); this class adds only what a schema cannot say, and reports
 * every fault at once. The caller's number is normalised to E.164. Named for the phone routes.
 */
@ApplicationScoped
@Named("callEventReader")
public class CallEventReader {

    /** What a platform sends when the caller's number is withheld. */
    private static final Set<String> WITHHELD = Set.of("anonymous", "private", "restricted", "unknown", "anonimo");
    /** Thread-safe once configured; Jackson's default limits bound nesting depth and string length. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * @param eventId the id from the transport (the {@code webhook-id} header), or null when it must
     *        come from the body's {@code id}
     * @throws MalformedCallEventException naming every field at fault
     */
    public CallEvent read(byte[] body, String eventId) {
        JsonNode root = parse(body);
        List<MalformedCallEventException.Violation> faults = new ArrayList<>(PhoneEventSchema.violations(root));
        JsonNode data = root.path("data");
        String bodyId = text(root, "id");
        String id = eventId != null ? eventId : bodyId;
        if (id == null && !faulted(faults, "id")) {
            faults.add(new MalformedCallEventException.Violation("id",
                    "is required: 1-200 letters, digits, '.', '_', ':' or '-'"));
        } else if (eventId != null && bodyId != null && !bodyId.equals(eventId)) {
            faults.add(new MalformedCallEventException.Violation("id", "differs from the webhook-id header"));
        }
        CallEventType type = CallEventType.fromWire(String.valueOf(text(root, "type"))).orElse(null);
        OffsetDateTime at = time(text(root, "timestamp"), faults);
        String caller = faulted(faults, "data.caller") ? null : caller(text(data, "caller"), faults);
        String cpf = text(data, "cpf");
        if (cpf != null && !faulted(faults, "data.cpf") && !Cpf.isValid(cpf)) {
            faults.add(new MalformedCallEventException.Violation("data.cpf", "is not a valid CPF"));
        }
        if (!faults.isEmpty()) {
            throw new MalformedCallEventException(faults);
        }
        SurveyAnswers survey = type == CallEventType.SURVEY_ANSWERED
                ? new SurveyAnswers(score(data, "csat"), score(data, "nps"), score(data, "ces"), null)
                : null;
        return new CallEvent(id, type, at, text(data, "callId"), caller, text(data, "dialled"), texts(data, "ivrPath"),
                text(data, "ivrChoice"), text(data, "notes"), text(data, "category"), cpf, text(data, "name"),
                score(data, "durationSeconds"), text(data, "attendant"),
                CallDisposition.fromWire(String.valueOf(text(data, "disposition"))).orElse(null),
                text(data, "recordingRef"), survey, new String(body, StandardCharsets.UTF_8), sha256(body));
    }

    /** A webhook delivery (route step of phone-webhook): the event id is its webhook-id header. */
    public CallEvent readWebhook(WebhookDelivery delivery) {
        return read(delivery.body(), delivery.eventId());
    }

    /** A line of a batch file or a broker message: the event id comes from the body. */
    public CallEvent read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static boolean faulted(List<MalformedCallEventException.Violation> faults, String field) {
        return faults.stream().anyMatch(v -> v.field().equals(field));
    }

    /** A text field as stored: stripped, and blank means absent (the schema has checked its type). */
    private static String text(JsonNode object, String name) {
        JsonNode v = object.get(name);
        if (v == null || !v.isTextual()) {
            return null;
        }
        String value = v.textValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> texts(JsonNode object, String name) {
        JsonNode v = object.get(name);
        if (v == null || !v.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(v.spliterator(), false).map(JsonNode::textValue).toList();
    }

    private static Integer score(JsonNode object, String name) {
        JsonNode v = object.get(name);
        return v != null && v.isIntegralNumber() ? v.intValue() : null;
    }

    private static OffsetDateTime time(String value, List<MalformedCallEventException.Violation> faults) {
        if (value == null || faulted(faults, "timestamp")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            faults.add(new MalformedCallEventException.Violation("timestamp",
                    "must be an ISO-8601 date-time with offset, such as 2026-11-23T13:00:00Z"));
            return null;
        }
    }

    private static String caller(String raw, List<MalformedCallEventException.Violation> faults) {
        if (raw == null || WITHHELD.contains(raw.toLowerCase(java.util.Locale.ROOT))) {
            return null; // a withheld number: the decree forbids demanding it, the call is served anyway
        }
        return PhoneNumbers.toE164(raw).orElseGet(() -> {
            faults.add(new MalformedCallEventException.Violation("data.caller", "is not a phone number"));
            return null;
        });
    }

    private static JsonNode parse(byte[] body) {
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (StreamConstraintsException e) {
            throw body("is not valid JSON (nested too deeply or too long)");
        } catch (JsonParseException e) {
            throw body("is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (JacksonException e) {
            throw body("is not valid JSON");
        } catch (IOException e) {
            throw body("could not be read");
        }
        if (value == null || !value.isObject()) {
            throw body("must be a JSON object");
        }
        return value;
    }

    private static MalformedCallEventException body(String message) {
        return new MalformedCallEventException(List.of(new MalformedCallEventException.Violation("body", message)));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
