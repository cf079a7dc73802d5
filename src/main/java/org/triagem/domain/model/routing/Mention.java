package org.triagem.domain.model.routing;

import java.util.Objects;

/**
 * A phrase that a rule looks for and that the complaint's subject or description contains. Rules write
 * {@code Mention( phrase == "não entregue" )}, or a table column with the pattern {@code Mention} and the
 * constraint {@code phrase == "$param"}; the phrase is the analyst's own spelling, with or without
 * accents or capitals. Like {@link Complaint#mentionsAny(String)}, the phrase may list alternatives
 * separated by commas, {@code Mention( phrase == "procon, reclame aqui" )}: the fact is there when the text
 * mentions any of them, so a table cell keeps the list an analyst already writes.
 *
 * <p>Why a fact and not only {@link Complaint#mentions(String)}: Drools cannot index a method call, so a
 * table of 1,000 {@code mentions(...)} rows tests all 1,000 on every complaint. An equality on a fact's
 * field is hashed: a 1,000-row keyword table finds its matching rows with one lookup per mentioned
 * phrase. Before each decision the engine inserts one {@code Mention} per phrase that some rule asks for
 * and that the text contains (ignoring case and accents, whole words), under the spelling the rule used.
 */
public final class Mention {

    private final String phrase;

    public Mention(String phrase) {
        this.phrase = Objects.requireNonNull(phrase, "phrase");
    }

    /**
     * What the phrase means for matching: its folded words joined by single spaces, so "Não entregue",
     * "NAO  ENTREGUE" and "não-entregue" share the key {@code "nao entregue"}.
     */
    public static String keyOf(String phrase) {
        return String.join(" ", TextNormaliser.words(phrase));
    }

    /** The phrase as the rule wrote it. */
    public String getPhrase() {
        return phrase;
    }

    @Override
    public String toString() {
        return "Mention[" + phrase + "]";
    }
}
