package org.triagem.interfaces.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.triagem.application.SimulationSample;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.complaint.InvalidProtocolNumberException;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * A sample complaint to simulate: the web form's fields plus what other channels and the customer
 * record add, or {@code earlierCase}, the protocol of a case to decide again as it was taken in (then
 * the other fields must be left out). The customer's name, e-mail, phone and CPF identify them as at
 * intake (a name alone does not) and find their open cases when {@code earlierOpenCases} is left out;
 * they are never stored.
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
    /** The customer's other open cases; left out, they are counted as intake counts them. */
    public Integer earlierOpenCases;
    public String customerSegment;
    /** The protocol number of an earlier case whose facts, as first taken in, are decided again. */
    public String earlierCase;

    /** The sample, or a 400 problem naming every field at fault. */
    SimulationSample sample() {
        List<Problem.FieldError> errors = new ArrayList<>();
        ProtocolNumber earlier = earlier(errors);
        if (earlier != null) {
            if (describesAComplaint()) {
                errors.add(new Problem.FieldError("earlierCase", "cannot be given with a described complaint"));
            }
            return checked(errors, SimulationSample.ofCase(earlier));
        }
        Channel parsed = channel(errors);
        if (earlierOpenCases != null && earlierOpenCases < 0) {
            errors.add(new Problem.FieldError("earlierOpenCases", "cannot be negative"));
        }
        Customer customer = customer(errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new SimulationSample(parsed, subject, description, categoryHint, ivrChoice, customer,
                earlierOpenCases, customerSegment, null);
    }

    private boolean describesAComplaint() {
        return Arrays.asList(name, email, phone, cpf, subject, description, categoryHint, ivrChoice, customerSegment)
                .stream().anyMatch(SimulationRequest::given) || earlierOpenCases != null;
    }

    private ProtocolNumber earlier(List<Problem.FieldError> errors) {
        if (!given(earlierCase)) {
            return null;
        }
        try {
            return ProtocolNumber.parse(earlierCase.strip());
        } catch (InvalidProtocolNumberException e) {
            errors.add(new Problem.FieldError("earlierCase", "is not a protocol number"));
            return null;
        }
    }

    private Channel channel(List<Problem.FieldError> errors) {
        try {
            return given(channel) ? Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT)) : Channel.WEB_FORM;
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("channel", "must be one of " + Arrays.toString(Channel.values())));
            return Channel.WEB_FORM;
        }
    }

    private Customer customer(List<Problem.FieldError> errors) {
        if (given(email) && !EmailAddress.isValid(email.strip())) {
            errors.add(new Problem.FieldError("email", "is not a valid email address"));
            return Customer.anonymous();
        }
        try {
            return new Customer(name, email, phone, cpf);
        } catch (IllegalArgumentException e) {
            // The CPF is the only field the customer checks strictly (a phone is kept as typed).
            errors.add(new Problem.FieldError("cpf", "is not a valid CPF"));
            return Customer.anonymous();
        }
    }

    private static SimulationSample checked(List<Problem.FieldError> errors, SimulationSample sample) {
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return sample;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        String fields = String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
        return new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: " + fields)
                .withErrors(errors));
    }
}
