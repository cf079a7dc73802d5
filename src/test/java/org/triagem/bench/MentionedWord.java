package org.triagem.bench;

/**
 * One word of a complaint, inserted as a fact of its own. A row that tests {@code MentionedWord(text ==
 * "x")} is an equality on a field, which Drools hashes across sibling alpha nodes: finding the matching
 * rows costs one lookup per word instead of one test per row.
 */
public final class MentionedWord {

    private final String text;

    public MentionedWord(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
