package org.triagem.application.subject;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseMessage;
import org.triagem.domain.model.complaint.Channel;

/**
 * The history of a customer's complaints as the decree means it: each case's protocol, dates and status,
 * and every message the customer and the SAC exchanged. Internal notes, and what an attendant noted during
 * a call, are staff's and never part of it.
 */
public record CustomerHistory(String customerName, OffsetDateTime producedAt, List<Demand> demands) {

    /** One case: its protocol, subject, when it was opened, its status and legal deadline, its messages. */
    public record Demand(String protocol, String subject, OffsetDateTime openedAt, String status,
            OffsetDateTime legalDeadline, List<Message> messages) {
    }

    /** One message: when, from whom ({@code CUSTOMER} or {@code SAC}) and its text. */
    public record Message(OffsetDateTime at, boolean fromCustomer, String text) {
    }

    /** The history of these cases, oldest first, each opening with the customer's first contact. */
    public static CustomerHistory of(String customerName, List<Case> cases, OffsetDateTime now) {
        return new CustomerHistory(customerName, now, cases.stream().sorted(Comparator.comparing(Case::openedAt))
                .map(CustomerHistory::demand).toList());
    }

    private static Demand demand(Case c) {
        List<Message> messages = new java.util.ArrayList<>();
        messages.add(new Message(c.openedAt(), true, c.firstContact().description()));
        c.conversation().messages().stream().filter(CustomerHistory::exchanged)
                .sorted(Comparator.comparing(CaseMessage::receivedAt))
                .map(m -> new Message(m.receivedAt(), m.kind() != CaseMessage.Kind.REPLY, m.body()))
                .forEach(messages::add);
        return new Demand(c.protocol().value(), c.firstContact().subject(), c.openedAt(), c.status().name(),
                c.routing().legalDeadline(), List.copyOf(messages));
    }

    /**
     * A staff answer, or what the customer wrote themselves. A note is staff's; a call joined to the case
     * is the attendant's account of it, with their notes, so it is not the customer's words either.
     */
    private static boolean exchanged(CaseMessage m) {
        return m.kind() == CaseMessage.Kind.REPLY || (m.kind() == CaseMessage.Kind.CUSTOMER
                && (m.channel() == Channel.WEB_FORM || m.channel() == Channel.EMAIL));
    }
}
