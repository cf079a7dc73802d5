package org.triagem.application.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triagem.application.WriteBehind;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.IntakeReceipts;
import org.triagem.domain.model.complaint.IntakeReceipts.Received;
import org.triagem.domain.model.outbox.AcknowledgementQuota;

/**
 * The contacts one registration transaction takes in (a mailbox poll's batch, or a single contact),
 * and the writes they leave until the end.
 *
 * <p>Written one contact at a time, a batch of fifty mails cost some ten statements each: every query
 * of the next contact first flushed the last one's case, history, clocks and checkpoints, one statement
 * per table, and its receipt was updated alone. Here the cases are written together when the batch
 * ends (one batched insert per table) and the receipts in one update. What a held write could hide from
 * a later contact of the same batch is only that customer's own open cases, so before a contact from
 * a customer the batch has already seen, it writes what it holds. The protocol numbers it issues are
 * drawn together, and today's acknowledgements to its senders counted together: one query each for
 * the batch, not one per contact.
 */
final class IntakeBatch {

    /** Protocol numbers are drawn for a batch at most this many at a time. */
    private static final int MOST_PROTOCOLS_DRAWN = 100;

    private final WriteBehind writes;
    private final IntakeReceipts receipts;
    private final CaseRepository cases;
    private final Deque<Long> protocolSequences = new ArrayDeque<>();
    private int notYetAdmitted;
    private final List<Received> received = new ArrayList<>();
    private final List<Case> opened = new ArrayList<>();
    /** The cpf, email and phone of the customers whose contacts are not yet written. */
    private final Set<String> unwrittenCustomers = new HashSet<>();

    private final AcknowledgementQuota.Tally acknowledgements;

    IntakeBatch(WriteBehind writes, IntakeReceipts receipts, CaseRepository cases, int contacts,
            AcknowledgementQuota.Tally acknowledgements) {
        this.writes = writes;
        this.receipts = receipts;
        this.cases = cases;
        this.acknowledgements = acknowledgements;
        this.notYetAdmitted = contacts;
        writes.holdUntilFlush();
    }

    /** Called before a contact is looked at: its customer's earlier rows in this batch must be readable. */
    void admit(IncomingContact contact) {
        List<String> keys = keysOf(contact.customer());
        if (keys.stream().anyMatch(unwrittenCustomers::contains)) {
            writes.flush();
            unwrittenCustomers.clear();
        }
        unwrittenCustomers.addAll(keys);
        notYetAdmitted--;
    }

    /**
     * The sequence value of the next protocol number. Drawn for this and every contact still to come
     * in one query: a contact that joins an existing case leaves its value unused, a gap in the
     * numbers, as a rolled-back registration does.
     */
    long nextProtocolSequence() {
        if (protocolSequences.isEmpty()) {
            protocolSequences.addAll(cases.nextProtocolSequences(Math.min(notYetAdmitted + 1, MOST_PROTOCOLS_DRAWN)));
        }
        return protocolSequences.remove();
    }

    /** The contact's source key names this case, once the case is written. */
    void received(IncomingContact contact, Case complaintCase) {
        if (contact.sourceKey() != null) {
            received.add(new Received(contact.channel(), contact.sourceKey(), complaintCase));
        }
    }

    /** A new case of this batch, to be handed out by its department's push assignment once written. */
    void opened(Case complaintCase) {
        opened.add(complaintCase);
    }

    /** The new cases of this batch, in the order they were opened. */
    List<Case> openedCases() {
        return List.copyOf(opened);
    }

    /** Whether today's quota of automatic acknowledgements to the address allows one more. */
    boolean mayAcknowledge(String address) {
        return acknowledgements.allowsAnotherTo(address);
    }

    /** An acknowledgement to the address has been queued: it counts against the quota from now on. */
    void acknowledged(String address) {
        acknowledgements.queued(address);
    }

    /** Writes the batch's cases and receipts; queries flush first again from here on. */
    void finish() {
        try {
            if (received.isEmpty()) {
                writes.flush();
            } else {
                receipts.recordAll(received);
            }
        } finally {
            writes.resume();
        }
    }

    private static List<String> keysOf(Customer customer) {
        List<String> keys = new ArrayList<>(3);
        if (customer.cpf() != null) {
            keys.add("cpf " + customer.cpf());
        }
        if (customer.email() != null) {
            keys.add("email " + customer.email().toLowerCase(Locale.ROOT));
        }
        if (customer.phone() != null) {
            keys.add("phone " + customer.phone());
        }
        return keys;
    }
}
