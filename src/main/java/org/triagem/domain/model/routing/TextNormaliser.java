package org.triagem.domain.model.routing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds pt-BR text for matching: lower case, accents removed, runs of whitespace collapsed, so that
 * "COBRANÇA", "cobrança" and "cobranca" are one word to the rules.
 */
final class TextNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormaliser() {
    }

    /**
     * The folded words of a text, split at anything that is not a letter or a digit: "Não-entregue,
     * PROCON!" gives {@code [nao, entregue, procon]}. Two phrases with the same words mention the same thing.
     */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
