package org.triagem.domain.model.complaint;

/**
 * How a case was solved: a resolution code and a root-cause category, both required because the
 * desk reports on them (top root causes, first-contact resolution), and an optional note.
 */
public record Resolution(String code, String rootCause, String note) {

    public Resolution {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a resolution code is required");
        }
        if (rootCause == null || rootCause.isBlank()) {
            throw new IllegalArgumentException("a root-cause category is required");
        }
        code = code.strip();
        rootCause = rootCause.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
