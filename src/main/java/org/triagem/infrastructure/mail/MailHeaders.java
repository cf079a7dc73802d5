package org.triagem.infrastructure.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The top-level header fields of a message, unfolded, looked up case-insensitively. */
public final class MailHeaders {

    private final Map<String, List<String>> fields;

    private MailHeaders(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public static MailHeaders of(Map<String, List<String>> fields) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.computeIfAbsent(key(name), k -> new ArrayList<>()).addAll(values));
        copy.replaceAll((k, v) -> List.copyOf(v));
        return new MailHeaders(copy);
    }

    /** For tests and callers holding headers by hand: name, value, name, value... */
    public static MailHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return of(fields);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean has(String name) {
        return fields.containsKey(key(name));
    }

    public List<String> all(String name) {
        return fields.getOrDefault(key(name), List.of());
    }

    public Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    public Map<String, List<String>> asMap() {
        return Map.copyOf(fields);
    }
}
