package org.triagem.bench;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.Complaint;

/**
 * A complaint that also exposes its folded words as a set, so that a rule can test a keyword with an
 * equality or {@code contains} constraint instead of a method call. Benchmark-only: it stands in for a
 * {@code getWords()} that {@link Complaint} does not have; like {@code Complaint}'s folded text, the
 * words are computed once, when the complaint is built, not per rule.
 */
public final class TokenisedComplaint extends Complaint {

    private final Set<String> words;

    public TokenisedComplaint(String subject, String description) {
        super(Channel.WEB_FORM, subject, description, null, true);
        this.words = tokenise(subject + " " + description);
    }

    /** Lower case, accents removed, split on anything that is not a letter or a digit, as {@code mentions} reads text. */
    static Set<String> tokenise(String text) {
        String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Arrays.stream(unaccented.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> getWords() {
        return words;
    }
}
