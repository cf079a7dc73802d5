package org.triagem.application.digest;

import java.util.regex.Pattern;

/**
 * The text/plain part. Nothing in plain text is markup, but a customer's comment could still pose as
 * part of the digest (a fake "Painel:" line) or reorder what is shown (bidirectional overrides): each of
 * its lines is quoted with "> ", and control and direction-override characters are dropped everywhere.
 */
final class PlainDigestWriter implements DigestWriter {

    /** Control characters but tab and line feed, and the Unicode bidirectional embeddings, overrides and isolates. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]");

    private final StringBuilder text = new StringBuilder();
    private boolean inList;

    @Override
    public void title(String title) {
        endList();
        String line = oneLine(title);
        text.append(line).append('\n').append("=".repeat(line.length())).append("\n\n");
    }

    @Override
    public void heading(String heading) {
        endList();
        String line = oneLine(heading);
        text.append(line).append('\n').append("-".repeat(line.length())).append('\n');
    }

    @Override
    public void paragraph(String paragraph) {
        endList();
        text.append(oneLine(paragraph)).append("\n\n");
    }

    @Override
    public void item(String item) {
        text.append("  - ").append(oneLine(item)).append('\n');
        inList = true;
    }

    @Override
    public void quote(String untrusted) {
        for (String line : visible(untrusted).split("\n", -1)) {
            text.append("      > ").append(line.stripTrailing()).append('\n');
        }
    }

    @Override
    public void link(String label, String url) {
        endList();
        text.append(oneLine(label)).append(": ").append(oneLine(url)).append("\n\n");
    }

    @Override
    public String written() {
        return text.toString();
    }

    /** A blank line after a list, before what follows it. */
    private void endList() {
        if (inList) {
            text.append('\n');
            inList = false;
        }
    }

    private static String oneLine(String value) {
        return visible(value).replaceAll("\\s*\\n\\s*", " ");
    }

    static String visible(String value) {
        return INVISIBLE.matcher(value.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    }
}
