package org.triagem.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a JSON body must be before it is bound to a request type: valid UTF-8, each key once per
 * object, no NUL character in any text, not nested absurdly deep, and each member of the expected
 * kind (text where the type has text). JSON-B on its own would turn 12 into "12", keep the last of two
 * equal keys and replace broken bytes silently; a complaint must say what was wrong instead.
 */
final class StrictJson {

    static final int MAX_DEPTH = 32;

    private StrictJson() {
    }

    /** The fields at fault; empty when the body may be bound to {@code type}. */
    static List<Problem.FieldError> check(byte[] body, Class<?> type) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return List.of(new Problem.FieldError("body", "is not valid UTF-8"));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        JsonValue root = walk(text, errors);
        if (errors.isEmpty() && root instanceof JsonObject object) {
            checkKinds(object, type, errors);
        }
        return errors;
    }

    /** One pass over the tokens: duplicate keys, NUL characters, depth; the parsed value when sound. */
    private static JsonValue walk(String text, List<Problem.FieldError> errors) {
        Deque<Set<String>> keys = new ArrayDeque<>();
        Deque<String> path = new ArrayDeque<>();
        String key = null;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (keys.size() >= MAX_DEPTH) {
                            errors.add(new Problem.FieldError("body", "is nested more than " + MAX_DEPTH + " levels deep"));
                            return null;
                        }
                        path.push(key == null ? "" : key);
                        keys.push(new HashSet<>());
                        key = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        keys.pop();
                        path.pop();
                        key = null;
                    }
                    case KEY_NAME -> {
                        key = parser.getString();
                        if (!keys.peek().add(key)) {
                            errors.add(new Problem.FieldError(name(path, key), "appears more than once"));
                        }
                    }
                    case VALUE_STRING -> {
                        if (parser.getString().indexOf('\u0000') >= 0) {
                            errors.add(new Problem.FieldError(name(path, key), "contains a NUL character"));
                        }
                        key = null;
                    }
                    default -> key = null;
                }
            }
        } catch (JsonParsingException e) {
            errors.add(new Problem.FieldError("body", "is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")"));
            return null;
        } catch (RuntimeException e) {
            errors.add(new Problem.FieldError("body", "is not valid JSON"));
            return null;
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String name(Deque<String> path, String key) {
        List<String> parts = new ArrayList<>(path);
        java.util.Collections.reverse(parts);
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                b.append(p).append('.');
            }
        }
        return key == null ? (b.isEmpty() ? "body" : b.substring(0, b.length() - 1)) : b + key;
    }

    /** Each member the type declares must be of its kind; members the type does not have are left alone. */
    private static void checkKinds(JsonObject object, Class<?> type, List<Problem.FieldError> errors) {
        expectedKinds(type).forEach((member, kind) -> {
            JsonValue value = object.get(member);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL && !kind.accepts(value)) {
                errors.add(new Problem.FieldError(member, kind.message));
            }
        });
    }

    private enum Kind {
        TEXT("must be text") {
            @Override
            boolean accepts(JsonValue v) {
                return v.getValueType() == JsonValue.ValueType.STRING;
            }
        },
        YES_NO("must be true or false") {
            @Override
            boolean accepts(JsonValue v) {
                return v == JsonValue.TRUE || v == JsonValue.FALSE;
            }
        },
        NUMBER("must be a number") {
            @Override
            boolean accepts(JsonValue v) {
                return v.getValueType() == JsonValue.ValueType.NUMBER;
            }
        },
        /**
         * JSON-B would bind 4.5 to an {@code Integer} as 4 and 1e12 as an overflowed int: a score of 4.5 must
         * be refused, not quietly recorded as 4.
         */
        WHOLE_NUMBER("must be a whole number") {
            @Override
            boolean accepts(JsonValue v) {
                if (!(v instanceof jakarta.json.JsonNumber n)) {
                    return false;
                }
                try {
                    n.bigDecimalValue().intValueExact();
                    return true;
                } catch (ArithmeticException e) {
                    return false;
                }
            }
        };

        final String message;

        Kind(String message) {
            this.message = message;
        }

        abstract boolean accepts(JsonValue v);

        static Kind of(Class<?> t) {
            if (t == String.class) {
                return TEXT;
            }
            if (t == boolean.class || t == Boolean.class) {
                return YES_NO;
            }
            if (t == int.class || t == Integer.class || t == short.class || t == Short.class) {
                return WHOLE_NUMBER;
            }
            if (t.isPrimitive() || Number.class.isAssignableFrom(t)) {
                return NUMBER;
            }
            return null;
        }
    }

    private static Map<String, Kind> expectedKinds(Class<?> type) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        if (type == null || type.getName().startsWith("java.")) {
            return kinds;
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                put(kinds, c.getName(), c.getAnnotation(JsonbProperty.class), c.getType());
            }
            return kinds;
        }
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                put(kinds, f.getName(), f.getAnnotation(JsonbProperty.class), f.getType());
            }
        }
        return kinds;
    }

    private static void put(Map<String, Kind> kinds, String name, JsonbProperty renamed, Class<?> javaType) {
        Kind kind = Kind.of(javaType);
        if (kind != null) {
            kinds.put(renamed == null || renamed.value().isEmpty() ? name : renamed.value(), kind);
        }
    }
}
