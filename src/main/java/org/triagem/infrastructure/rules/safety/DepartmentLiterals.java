package org.triagem.infrastructure.rules.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * The text literals a piece of DRL (or a decision table's action code) passes to the department verbs,
 * {@code assignTo("...")} and {@code moveTo("...")}, with their lines. A small scanner, not a parser: it
 * skips comments and other literals so that a verb's name inside them is not taken for a call, and reads
 * only a call whose one argument is a single literal.
 */
final class DepartmentLiterals {

    /** A department named at a line (1 is the first). */
    record Found(String department, int line) {
    }

    private static final List<String> VERBS = List.of("assignTo", "moveTo");

    private final String text;
    private int at;
    private int line = 1;

    private DepartmentLiterals(String text) {
        this.text = text;
    }

    static List<Found> in(String text) {
        return new DepartmentLiterals(text).scan();
    }

    private List<Found> scan() {
        List<Found> found = new ArrayList<>();
        while (at < text.length()) {
            char ch = text.charAt(at);
            if (ch == '\n') {
                line++;
                at++;
            } else if (text.startsWith("//", at) || (ch == '#' && atLineStart())) {
                skipTo("\n", false);
            } else if (text.startsWith("/*", at)) {
                skipTo("*/", true);
            } else if (ch == '"' || ch == '\'') {
                literal();
            } else if (Character.isJavaIdentifierStart(ch)) {
                String word = identifier();
                if (VERBS.contains(word)) {
                    call().ifPresent(found::add);
                }
            } else {
                at++;
            }
        }
        return found;
    }

    /** After a verb's name: {@code ( "literal" )}, or nothing. */
    private java.util.Optional<Found> call() {
        int mark = at;
        int markLine = line;
        blanks();
        if (at < text.length() && text.charAt(at) == '(') {
            at++;
            blanks();
            if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
                int literalLine = line;
                String value = literal();
                blanks();
                if (at < text.length() && text.charAt(at) == ')') {
                    return java.util.Optional.of(new Found(value.strip(), literalLine));
                }
            }
        }
        at = mark;
        line = markLine;
        return java.util.Optional.empty();
    }

    /** Reads a quoted literal from its opening quote; answers its text with escapes resolved simply. */
    private String literal() {
        char quote = text.charAt(at++);
        StringBuilder value = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote) {
            char ch = text.charAt(at++);
            if (ch == '\\' && at < text.length()) {
                ch = text.charAt(at++);
            }
            if (ch == '\n') {
                line++;
            }
            value.append(ch);
        }
        at++;
        return value.toString();
    }

    private String identifier() {
        int start = at;
        while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }

    private void blanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            if (text.charAt(at) == '\n') {
                line++;
            }
            at++;
        }
    }

    private void skipTo(String end, boolean past) {
        int found = text.indexOf(end, at + 1);
        int stop = found < 0 ? text.length() : found + (past ? end.length() : 0);
        for (int i = at; i < stop; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        at = stop;
    }

    private boolean atLineStart() {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
