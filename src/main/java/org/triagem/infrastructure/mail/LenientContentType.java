package org.triagem.infrastructure.mail;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Content-Type read as far as it goes. Jakarta Mail refuses a whole header for one flaw (a parameter
 * without {@code =}, an unbalanced quote, a type without a subtype), and with it the whole message; a
 * mail reader shows the text. Here a strict parse is tried first, and on failure the type and every
 * well-formed {@code name=value} are salvaged. A type that cannot be read is {@code text/plain}, as
 * RFC 2045 section 5.2 prescribes for an invalid Content-Type.
 */
record LenientContentType(String baseType, Map<String, String> parameters, boolean damaged) {

    private static final Pattern PARAMETER = Pattern.compile(
            ";\\s*([!#-'*+.0-9A-Za-z^-~-]+)\\s*=\\s*(\"([^\"]*)\"?|[^;\\s\"]*)");

    static LenientContentType parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new LenientContentType("text/plain", Map.of(), false);
        }
        try {
            ContentType strict = new ContentType(raw);
            Map<String, String> params = new LinkedHashMap<>();
            var names = strict.getParameterList().getNames();
            while (names.hasMoreElements()) {
                String name = names.nextElement();
                params.put(name.toLowerCase(Locale.ROOT), strict.getParameter(name));
            }
            return new LenientContentType(strict.getBaseType().toLowerCase(Locale.ROOT), params, false);
        } catch (ParseException | RuntimeException e) {
            return salvage(raw);
        }
    }

    private static LenientContentType salvage(String raw) {
        String unfolded = raw.replaceAll("\\r?\\n[ \\t]+", " ");
        int semi = unfolded.indexOf(';');
        String type = (semi < 0 ? unfolded : unfolded.substring(0, semi)).replaceAll("[\\s\"]", "")
                .toLowerCase(Locale.ROOT);
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(semi < 0 ? "" : unfolded.substring(semi));
        while (m.find()) {
            String value = m.group(3) != null ? m.group(3) : m.group(2);
            params.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value.strip());
        }
        return new LenientContentType(baseTypeOf(type), params, true);
    }

    /** {@code text} alone is text/plain, {@code multipart} alone multipart/mixed, anything else unreadable text. */
    private static String baseTypeOf(String type) {
        if (type.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")) {
            return type;
        }
        return type.startsWith("multipart") ? "multipart/mixed" : "text/plain";
    }

    String parameter(String name) {
        return parameters.get(name.toLowerCase(Locale.ROOT));
    }

    boolean isMultipart() {
        return baseType.startsWith("multipart/");
    }

    /** A well-formed header for Jakarta Mail, with the given boundary (none: Jakarta Mail finds it). */
    String withBoundary(String boundary) {
        String type = isMultipart() ? baseType : "multipart/mixed";
        return boundary == null ? type : type + "; boundary=\"" + boundary.replace("\"", "") + "\"";
    }
}
