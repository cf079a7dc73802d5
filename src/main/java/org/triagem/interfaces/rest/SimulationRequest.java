package org.triagem.interfaces.rest;

import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.Complaint;

/**
 * A sample complaint to simulate: the web form's fields plus what other channels and the customer
 * record add. Personal fields only tell the rules whether the customer identified themselves; they
 * are never stored.
 */
public class SimulationRequest {

    public String name;
    public String email;
    public String phone;
    public String cpf;
    public String subject;
    public String description;
    public String categoryHint;
    /** {@code WEB_FORM} (the default), {@code EMAIL} or {@code PHONE}. */
    public String channel;
    public String ivrChoice;
    public Integer earlierOpenCases;
    public String customerSegment;

    Complaint toComplaint() {
        Channel parsed;
        try {
            parsed = channel == null || channel.isBlank() ? Channel.WEB_FORM
                    : Channel.valueOf(channel.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("channel", "must be one of " + java.util.Arrays.toString(Channel.values()));
        }
        if (earlierOpenCases != null && earlierOpenCases < 0) {
            throw invalid("earlierOpenCases", "cannot be negative");
        }
        return Complaint.builder().channel(parsed).subject(subject).description(description)
                .categoryHint(categoryHint).ivrChoice(ivrChoice)
                .earlierOpenCases(earlierOpenCases == null ? 0 : earlierOpenCases)
                .customerSegment(customerSegment)
                .customerIdentified(given(name) || given(email) || given(phone) || given(cpf))
                .build();
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: " + field)
                .withErrors(java.util.List.of(new Problem.FieldError(field, message))));
    }
}
