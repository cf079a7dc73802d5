package org.triagem.infrastructure.rules.wording;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one Drools compiler message means for the analyst. Drools writes for programmers ("[ERR 102] Line
 * 56:20 mismatched input '='", "Unable to Analyse Expression"); each kind it writes is read here into one
 * sentence of {@code messages/rulewording} that says what is wrong and what to do. A kind not known here
 * still gets a sentence, and the original stays as the problem's detail.
 */
final class CompilerText {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:mismatched input|no viable alternative at input|extraneous input) '(.*?)'");
    private static final Pattern MISSING = Pattern.compile("missing (\\S+) at");
    private static final Pattern POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern RULE = Pattern.compile("(?:in rule \"(.+?)\"|\\[Rule name='(.+?)'\\]|rule \"(.+?)\")");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(.+?)'");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: ?(.+)|[Rr]ule name '?(.+?)'? already");
    static final String NULL_PACKAGE = "Parser returned a null Package";

    private final String text;

    CompilerText(String text) {
        this.text = text == null ? "" : text;
    }

    /** The rule the message names, if it names one. */
    Optional<String> rule() {
        Matcher m = RULE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return Optional.of(m.group(g));
            }
        }
        return Optional.empty();
    }

    /** The 0-based character column "Line 56:20" gives, or -1. */
    int column() {
        Matcher m = POSITION.matcher(text);
        return m.find() ? Integer.parseInt(m.group(2)) : -1;
    }

    /** The line "Line 56:20" gives, or 0. */
    int line() {
        Matcher m = POSITION.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The expression an "Unable to Analyse Expression" message quotes. */
    Optional<String> quotedExpression() {
        Matcher m = EXPRESSION.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    boolean isNullPackage() {
        return text.contains(NULL_PACKAGE);
    }

    /** What is wrong and what to do, in the analyst's words. */
    String what() {
        AnalystTexts texts = AnalystTexts.portuguese();
        Matcher token = TOKEN.matcher(text);
        if (token.find()) {
            String t = token.group(1);
            return t.equals("<EOF>") ? texts.text("what.end")
                    : t.equals("=") ? texts.text("what.equals") : texts.text("what.token", t);
        }
        Matcher missing = MISSING.matcher(text);
        if (missing.find()) {
            return texts.text("what.missing", missing.group(1).replace("'", "\""));
        }
        Matcher type = UNKNOWN_TYPE.matcher(text);
        if (type.find()) {
            return texts.text("what.type", type.group(1));
        }
        Optional<String> expression = quotedExpression();
        if (expression.isPresent()) {
            return texts.text("what.value", expression.get());
        }
        Matcher duplicate = DUPLICATE.matcher(text);
        if (duplicate.find()) {
            return texts.text("what.duplicate", rule().orElse(duplicate.group(1) != null ? duplicate.group(1).strip()
                    : duplicate.group(2)));
        }
        if (text.contains("Rule Compilation error")) {
            return texts.text("what.action");
        }
        if (isNullPackage()) {
            return texts.text("what.unreadable");
        }
        return texts.text("what.other");
    }
}
