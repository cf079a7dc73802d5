package org.triagem.domain.model.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a search compares it: lower case, without accents (NFD, then the combining marks dropped, as
 * PostgreSQL's unaccent does for Portuguese), runs of white space as one space. Punctuation stays: an
 * e-mail address or a hyphenated code is found whole.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

    private SearchText() {
    }

    /** The text normalized for comparison; "" for null. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        // Letters that carry their accent in the letter itself, not as a combining mark.
        bare = bare.replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd').replace('Đ', 'D').replace('ł', 'l')
                .replace('Ł', 'L').replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe")
                .replace("Œ", "OE");
        return SPACE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
