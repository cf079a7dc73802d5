package org.triagem.infrastructure.rules.wording;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known value a mistyped one was most likely meant to be ("Logistca" → "Logística"): the closest by
 * edit distance, ignoring case and accents, if it is at most two edits away. Lists here are a few dozen
 * names, so the plain quadratic distance is cheap.
 */
public final class Suggestions {

    private static final int MAX_EDITS = 2;

    private Suggestions() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        String t = fold(typed);
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String k : known) {
            int d = distance(t, fold(k));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + swap);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
