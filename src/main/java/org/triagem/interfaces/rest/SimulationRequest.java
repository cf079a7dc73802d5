package org.triagem.interfaces.rest;

import org.triagem.domain.model.complaint.CallFacts;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.ComplaintFacts;
import org.triagem.domain.model.routing.CustomerFacts;

/**
 * A sample complaint to simulate: the web form's fields plus what other channels and the customer
 * record add. Personal fields only tell the rules whether the customer identified themselves, as at
 * intake (an e-mail, a phone or a CPF; a name alone does not identify); they are never stored.
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

    ComplaintFacts facts() {
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
        // As Customer.isIdentified() at intake: the name is not among them.
        boolean identified = given(email) || given(phone) || given(cpf);
        return new ComplaintFacts(parsed, subject, description, categoryHint, new CallFacts(ivrChoice, false, false),
                new CustomerFacts(identified, earlierOpenCases == null ? 0 : earlierOpenCases, null, customerSegment));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: " + field)
                .withErrors(java.util.List.of(new Problem.FieldError(field, message))));
    }
}
