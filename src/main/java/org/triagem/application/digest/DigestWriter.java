package org.triagem.application.digest;

/**
 * The shape of a digest, written once by {@link DigestComposer} into two media: plain text and HTML.
 * Every string may hold text Triagem did not write (department, category and root-cause names come
 * from rules and staff, comments from customers); each writer makes all of it inert for its medium.
 */
interface DigestWriter {

    void title(String text);

    void heading(String text);

    void paragraph(String text);

    void item(String text);

    /** A customer's words, quoted so they cannot pass for ours. */
    void quote(String untrusted);

    void link(String label, String url);

    String written();
}
