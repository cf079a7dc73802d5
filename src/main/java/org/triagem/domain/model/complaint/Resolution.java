package org.triagem.domain.model.complaint;

/**
 * How a case was solved: a resolution code and a root-cause category, both required because the
 * desk reports on them (top root causes, first-contact resolution), and an optional note.
 */
public record Resolution(String code, String rootCause, String note) {

    public Resolution {
        if (code == null || code.isBlank()) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.RESOLUTION_CODE_REQUIRED);
        }
        if (rootCause == null || rootCause.isBlank()) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.ROOT_CAUSE_REQUIRED);
        }
        code = code.strip();
        rootCause = rootCause.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
