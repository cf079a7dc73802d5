package org.triagem.interfaces.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phone contract's JSON Schema, {@code docs/schemas/phone-event.schema.json}, which the build copies
 * to the classpath as it is: the file integrators read is the file every event is checked against, so
 * the two cannot drift. What a schema cannot say (a CPF's check digits, a number that is no phone
 * number, the header's id against the body's) stays in {@link CallEventReader}.
 */
final class PhoneEventSchema {

    static final String RESOURCE = "/schemas/phone-event.schema.json";
    private static final Schema SCHEMA = load();

    private PhoneEventSchema() {
    }

    /** Every fault of the event, at most one per field (the first the validator names), in document order. */
    static List<MalformedCallEventException.Violation> violations(JsonNode event) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Error e : SCHEMA.validate(event)) {
            if (e.getEvaluationPath().toString().contains("/anyOf/")) {
                // The validator lists why each alternative failed; the schema's one anyOf is the
                // survey's "at least one score", which is said once, under the field it always used.
                byField.putIfAbsent("data.csat", "survey.answered needs at least one of csat, nps, ces");
                continue;
            }
            byField.putIfAbsent(field(e), message(e));
        }
        return byField.entrySet().stream()
                .map(f -> new MalformedCallEventException.Violation(f.getKey(), f.getValue())).toList();
    }

    /** "data.callId" for both a wrong callId and a missing one ("required" is reported on the object). */
    private static String field(Error e) {
        // The location is a JSON Pointer ("/data/ivrPath/3"): the field is "data.ivrPath".
        String at = e.getInstanceLocation().toString().replaceFirst("^/", "").replaceAll("/\\d+$", "")
                .replace('/', '.');
        String missing = "required".equals(e.getKeyword()) && e.getProperty() != null ? e.getProperty() : null;
        if (missing == null) {
            return at.isEmpty() ? "body" : at;
        }
        return at.isEmpty() ? missing : at + "." + missing;
    }

    /** The validator's own words, less the location it starts with (the field says it already). */
    private static String message(Error e) {
        if ("pattern".equals(e.getKeyword()) && e.getSchemaLocation().toString().contains("/text")) {
            return "contains a NUL character"; // the only pattern on free text: say it plainly
        }
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return colon >= 0 && m.startsWith("$") ? m.substring(colon + 2) : m;
    }

    private static Schema load() {
        try (InputStream in = PhoneEventSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
