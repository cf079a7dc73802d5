package org.triagem.domain.model.routing;

import org.triagem.domain.model.complaint.CallFacts;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.IncomingContact;

/**
 * The one mapping from what Triagem knows about a complaint to the {@link Complaint} the rules read. A
 * contact at intake, a case that is re-timed, transferred or owed a call-back, an analyst's sample and a
 * scenario row each become {@code ComplaintFacts} first, and only {@link #complaint()} builds the fact,
 * so every decision about the same complaint reads the same fields.
 *
 * <p>A record rather than a builder on purpose: every source must state every field, so a new field
 * cannot be silently left out at one of them, as the category hint once was when a case was re-timed.
 */
public record ComplaintFacts(Channel channel, String subject, String description, String categoryHint,
        CallFacts call, CustomerFacts customer) {

    public ComplaintFacts {
        call = call == null ? CallFacts.NONE : call;
    }

    /** A new contact, with what intake found out about its customer. */
    public static ComplaintFacts of(IncomingContact contact, CustomerFacts customer) {
        return new ComplaintFacts(contact.channel(), contact.subject(), contact.description(),
                contact.categoryHint(), contact.callFacts(), customer);
    }

    /**
     * An open case, decided about again: the consumer's words and picks as they came in, the customer as
     * they stand now. {@code customersOpenCases} counts all of the customer's open cases, this one
     * included when it is open ({@code CaseRepository.countOpenFor}): at intake it did not exist yet.
     */
    public static ComplaintFacts of(Case c, int customersOpenCases) {
        int others = Math.max(0, customersOpenCases - (c.status().isOpen() ? 1 : 0));
        return new ComplaintFacts(c.firstContact().channel(), c.firstContact().subject(), c.firstContact().description(), c.firstContact().choices().categoryHint(),
                new CallFacts(c.firstContact().choices().ivrChoice(), false, false),
                CustomerFacts.of(c.firstContact().customer().isIdentified(), others, null));
    }

    /**
     * The same complaint as a call on it presents it: the phone channel, the call's drop or call-back
     * request, and the caller's menu option when the call gives one.
     */
    public ComplaintFacts viaCall(CallFacts callFacts) {
        String ivrChoice = callFacts.ivrChoice() != null ? callFacts.ivrChoice() : call.ivrChoice();
        return new ComplaintFacts(Channel.PHONE, subject, description, categoryHint,
                new CallFacts(ivrChoice, callFacts.dropped(), callFacts.callbackRequested()), customer);
    }

    /** The fact the rules read: the only place where Triagem builds one. */
    public Complaint complaint() {
        return Complaint.builder()
                .channel(channel)
                .subject(subject)
                .description(description)
                .categoryHint(categoryHint)
                .ivrChoice(call.ivrChoice())
                .callDropped(call.dropped())
                .callbackRequested(call.callbackRequested())
                .customerIdentified(customer.identified())
                .earlierOpenCases(customer.earlierOpenCases())
                .minutesSinceOpenCase(customer.minutesSinceOpenCase())
                .customerSegment(customer.segment())
                .build();
    }
}
