package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triagem.domain.model.complaint.Cpf;
import org.triagem.domain.model.complaint.PhoneNumbers;
import org.triagem.domain.model.phone.CallDisposition;
import org.triagem.domain.model.phone.CallEvent;
import org.triagem.domain.model.phone.CallEventType;
import org.triagem.domain.model.survey.SurveyAnswers;
import org.triagem.domain.model.survey.SurveyKind;

/**
 * Reads a call event of the phone contract ({@code docs/phone-integration.md}) from its bytes, the same
 * for the webhook, a batch file line and a broker message. Everything is checked and every fault is
 * reported at once; the caller's number is normalised to E.164. Named for the phone routes.
 */
@ApplicationScoped
@Named("callEventReader")
public class CallEventReader {

    /** What a platform sends when the caller's number is withheld. */
    private static final Set<String> WITHHELD = Set.of("anonymous", "private", "restricted", "unknown", "anonimo");
    private static final String ID_PATTERN = "[A-Za-z0-9._:\\-]{1,200}";
    /** Json.createReader looks the provider up on every call: once is enough (a profile of the load run showed it). */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /**
     * @param eventId the id from the transport (the {@code webhook-id} header), or null when it must
     *        come from the body's {@code id}
     * @throws MalformedCallEventException naming every field at fault
     */
    public CallEvent read(byte[] body, String eventId) {
        JsonObject root = parse(body);
        List<MalformedCallEventException.Violation> faults = new ArrayList<>();
        Fields top = new Fields(root, "", faults);
        String bodyId = top.text("id", 200);
        String id = eventId != null ? eventId : bodyId;
        if (id == null || !id.matches(ID_PATTERN)) {
            faults.add(new MalformedCallEventException.Violation("id",
                    "is required: 1-200 letters, digits, '.', '_', ':' or '-'"));
        } else if (eventId != null && bodyId != null && !bodyId.equals(eventId)) {
            faults.add(new MalformedCallEventException.Violation("id", "differs from the webhook-id header"));
        }
        String typeName = top.text("type", 40);
        CallEventType type = typeName == null ? null : CallEventType.fromWire(typeName).orElse(null);
        if (type == null) {
            faults.add(new MalformedCallEventException.Violation("type", "must be one of call.started, call.updated,"
                    + " call.ended, call.dropped, callback.requested, survey.answered"));
        }
        OffsetDateTime at = top.time("timestamp");
        JsonObject dataObject = root.get("data") instanceof JsonObject o ? o : null;
        if (dataObject == null) {
            faults.add(new MalformedCallEventException.Violation("data", "is required: an object"));
            throw new MalformedCallEventException(faults);
        }
        Fields data = new Fields(dataObject, "data.", faults);
        String callId = data.text("callId", 200);
        if (callId == null || !callId.matches(ID_PATTERN)) {
            faults.add(new MalformedCallEventException.Violation("data.callId",
                    "is required: 1-200 letters, digits, '.', '_', ':' or '-'"));
        }
        String caller = caller(data.text("caller", 40), faults);
        String cpf = data.text("cpf", 20);
        if (cpf != null && !Cpf.isValid(cpf)) {
            faults.add(new MalformedCallEventException.Violation("data.cpf", "is not a valid CPF"));
        }
        String dispositionName = data.text("disposition", 40);
        CallDisposition disposition = dispositionName == null ? null
                : CallDisposition.fromWire(dispositionName).orElse(null);
        if (dispositionName != null && disposition == null) {
            faults.add(new MalformedCallEventException.Violation("data.disposition",
                    "must be one of resolved_first_contact, follow_up, transferred"));
        }
        String dialled = data.text("dialled", 40);
        List<String> ivrPath = data.texts("ivrPath", 20, 100);
        String ivrChoice = data.text("ivrChoice", 100);
        String notes = data.text("notes", 4000);
        String category = data.text("category", 80);
        String name = data.text("name", 200);
        Integer duration = data.count("durationSeconds");
        String attendant = data.text("attendant", 120);
        String recording = data.text("recordingRef", 300);
        SurveyAnswers survey = type == CallEventType.SURVEY_ANSWERED ? survey(data, faults) : null;
        if (!faults.isEmpty()) {
            throw new MalformedCallEventException(faults);
        }
        return new CallEvent(id, type, at, callId, caller, dialled, ivrPath, ivrChoice, notes, category, cpf, name,
                duration, attendant, disposition, recording, survey, new String(body, StandardCharsets.UTF_8), sha256(body));
    }

    /** The IVR survey's scores: each optional, at least one, each on its own scale. */
    private static SurveyAnswers survey(Fields data, List<MalformedCallEventException.Violation> faults) {
        Integer csat = data.score("csat", SurveyKind.CSAT);
        Integer nps = data.score("nps", SurveyKind.NPS);
        Integer ces = data.score("ces", SurveyKind.CES);
        if (csat == null && nps == null && ces == null) {
            faults.add(new MalformedCallEventException.Violation("data.csat",
                    "survey.answered needs at least one of csat, nps, ces"));
            return null;
        }
        return new SurveyAnswers(csat, nps, ces, null);
    }

    /** A line of a batch file or a broker message: the event id comes from the body. */
    public CallEvent read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static String caller(String raw, List<MalformedCallEventException.Violation> faults) {
        if (raw == null || WITHHELD.contains(raw.strip().toLowerCase(java.util.Locale.ROOT))) {
            return null; // a withheld number: the decree forbids demanding it, the call is served anyway
        }
        return PhoneNumbers.toE164(raw).orElseGet(() -> {
            faults.add(new MalformedCallEventException.Violation("data.caller", "is not a phone number"));
            return null;
        });
    }

    private static JsonObject parse(byte[] body) {
        try (var reader = READERS.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject o) {
                return o;
            }
        } catch (JsonParsingException e) {
            throw new MalformedCallEventException(List.of(new MalformedCallEventException.Violation("body",
                    "is not valid JSON (line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber() + ")")));
        } catch (JsonException e) {
            throw new MalformedCallEventException(List.of(new MalformedCallEventException.Violation("body",
                    "is not valid JSON")));
        } catch (RuntimeException e) {
            // Parsson refuses input nested past its depth limit with a bare RuntimeException ("Input is
            // too deeply nested"): still the sender's bad JSON, not our failure.
            throw new MalformedCallEventException(List.of(new MalformedCallEventException.Violation("body",
                    "is not valid JSON (nested too deeply)")));
        }
        throw new MalformedCallEventException(List.of(new MalformedCallEventException.Violation("body",
                "must be a JSON object")));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Typed, bounded reads of optional fields, each fault recorded under its path. */
    private record Fields(JsonObject json, String prefix, List<MalformedCallEventException.Violation> faults) {

        String text(String name, int maxLength) {
            JsonValue v = json.get(name);
            if (v == null || v == JsonValue.NULL) {
                return null;
            }
            if (!(v instanceof JsonString s)) {
                fault(name, "must be a string");
                return null;
            }
            String value = s.getString().strip();
            if (value.length() > maxLength) {
                fault(name, "may have at most " + maxLength + " characters");
                return null;
            }
            if (value.indexOf('\u0000') >= 0) {
                // As on the web form: a sender that can be told is told, rather than stored cut or stripped.
                fault(name, "contains a NUL character");
                return null;
            }
            return value.isEmpty() ? null : value;
        }

        List<String> texts(String name, int maxItems, int maxLength) {
            JsonValue v = json.get(name);
            if (v == null || v == JsonValue.NULL) {
                return List.of();
            }
            if (!(v instanceof JsonArray a) || a.size() > maxItems
                    || !a.stream().allMatch(i -> i instanceof JsonString s && s.getString().length() <= maxLength)) {
                fault(name, "must be an array of at most " + maxItems + " strings of at most " + maxLength
                        + " characters");
                return List.of();
            }
            return a.getValuesAs(JsonString::getString);
        }

        Integer count(String name) {
            JsonValue v = json.get(name);
            if (v == null || v == JsonValue.NULL) {
                return null;
            }
            if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > 86_400 * 7) {
                fault(name, "must be a whole number of seconds, 0 or more");
                return null;
            }
            return n.intValue();
        }

        Integer score(String name, SurveyKind kind) {
            JsonValue v = json.get(name);
            if (v == null || v == JsonValue.NULL) {
                return null;
            }
            if (!(v instanceof JsonNumber n) || !n.isIntegral() || !kind.accepts(n.intValue())
                    || n.longValue() != n.intValue()) {
                fault(name, "must be a whole number from " + kind.min() + " to " + kind.max());
                return null;
            }
            return n.intValue();
        }

        OffsetDateTime time(String name) {
            String value = text(name, 40);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                fault(name, "must be an ISO-8601 date-time with offset, such as 2026-11-23T13:00:00Z");
                return null;
            }
        }

        private void fault(String name, String message) {
            faults.add(new MalformedCallEventException.Violation(prefix + name, message));
        }
    }
}
