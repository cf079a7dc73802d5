package org.triagem.application;

import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * A complaint an analyst wants decided without opening a case: either described field by field, with the
 * customer as intake would know them, or an earlier case named by its protocol ({@code earlierCase}),
 * whose facts as first taken in are decided again.
 *
 * @param customer who complains; identified by an e-mail, a phone or a CPF, as at intake
 * @param earlierOpenCases the customer's other open cases as the analyst states them; null to count
 *     them in the case base, as intake does, when the customer is identified
 */
public record SimulationSample(Channel channel, String subject, String description, String categoryHint,
        String ivrChoice, Customer customer, Integer earlierOpenCases, String customerSegment,
        ProtocolNumber earlierCase) {

    public SimulationSample {
        channel = channel == null ? Channel.WEB_FORM : channel;
        customer = customer == null ? Customer.anonymous() : customer;
        if (earlierOpenCases != null && earlierOpenCases < 0) {
            throw new IllegalArgumentException("earlier open cases cannot be negative");
        }
    }

    /** An earlier case decided again, rather than a described complaint. */
    public static SimulationSample ofCase(ProtocolNumber protocol) {
        return new SimulationSample(null, null, null, null, null, null, null, null, protocol);
    }
}
