package org.triagem.domain.model.ruleset;

/** Keeps free text within its column, so a long compiler message cannot fail the insert. */
final class Texts {

    private Texts() {
    }

    static String cap(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
