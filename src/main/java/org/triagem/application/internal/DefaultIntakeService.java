package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.WriteBehind;
import org.triagem.application.BatchIntakeService;
import org.triagem.application.CaseClocks;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.ServiceCounters;
import org.triagem.application.IntakeOutcome;
import org.triagem.application.IntakeService;
import org.triagem.application.OperationalMetrics;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.IntakeReceipts;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.outbox.AcknowledgementComposer;
import org.triagem.domain.model.outbox.AcknowledgementQuota;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.ComplaintFacts;
import org.triagem.domain.model.routing.CustomerFacts;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.routing.RoutingDecisions;
import org.triagem.domain.model.search.CaseSearch;
import org.triagem.domain.model.verification.VerificationCode;

/** Registers contacts; named so that the intake route can call it. */
@ApplicationScoped
@Named("intakeService")
class DefaultIntakeService implements IntakeService, BatchIntakeService {

    private static final Logger LOG = Logger.getLogger(DefaultIntakeService.class.getName());

    @Inject
    CaseRepository cases;

    @Inject
    ServiceCounters counters;

    @Inject
    CaseSearch search;

    @Inject
    IntakeReceipts receipts;

    @Inject
    RoutingDecisions routing;

    @Inject
    Outbox outbox;

    @Inject
    AcknowledgementComposer acknowledgements;

    @Inject
    Clock clock;

    @Inject
    AcknowledgementQuota quota;

    @Inject
    CaseClocks clocks;

    @Inject
    CustomerCodes codes;

    /** A reply within this many days of the resolution reopens the case. */
    @Inject
    @ConfigProperty(name = "triagem.reopen-window-days", defaultValue = "7")
    int reopenWindowDays;

    /**
     * How far back a customer's open case is offered to the rules as one this contact may repeat; the
     * rules decide what counts as a repeat (rules/classification/phone.drl).
     */
    @Inject
    @ConfigProperty(name = "triagem.repeat-window-minutes", defaultValue = "1440")
    int repeatWindowMinutes;

    /** The repeat-contact KPI's window: another case of the customer opened this many days before. */
    static final int REPEAT_CONTACT_DAYS = 30;

    /** The tag with which the rules say a contact repeats the customer's open case and joins it. */
    static final String REPEAT_TAG = "rechamada";

    @Inject
    WriteBehind writes;

    @Inject
    PushEvents pushes = PushEvents.NONE;

    @Inject
    OperationalMetrics metrics = OperationalMetrics.NONE;

    @Override
    @Transactional
    public List<IntakeReceipt> registerAll(List<IncomingContact> contacts) {
        // One transaction and one commit for the whole batch, its writes sent together (IntakeBatch).
        List<String> senders = contacts.stream().filter(IncomingContact::mayAutoReply)
                .map(c -> c.customer().email()).filter(Objects::nonNull).distinct().toList();
        IntakeBatch batch = new IntakeBatch(writes, receipts, cases, contacts.size(), quota.tally(senders));
        List<IntakeReceipt> registered = contacts.stream().map(contact -> register(contact, batch)).toList();
        batch.finish();
        // Written first: a push department's assignment counts its agents' open cases by a query.
        pushes.arrived(batch.openedCases(), OffsetDateTime.now(clock));
        return registered;
    }

    @Override
    @Transactional
    public IntakeReceipt register(IncomingContact contact) {
        return registerAll(List.of(contact)).get(0);
    }

    /** A merged or duplicate case's conversation goes on in the case it repeats (a short chain at most). */
    private Case survivor(Case named) {
        Case c = named;
        for (int hops = 0; hops < 5 && c.mergedInto() != null; hops++) {
            Optional<Case> next = cases.find(ProtocolNumber.parse(c.mergedInto()));
            if (next.isEmpty()) {
                break;
            }
            c = next.get();
        }
        return c;
    }

    private IntakeReceipt register(IncomingContact contact, IntakeBatch batch) {
        batch.admit(contact);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<ProtocolNumber> earlier = registeredBefore(contact, now);
        if (earlier.isPresent()) {
            metrics.contactTaken(contact.channel(), IntakeOutcome.ALREADY_REGISTERED);
            return new IntakeReceipt(earlier.get(), false, codes.againFor(contact, earlier.get()));
        }
        Optional<Case> referenced = contact.referencedProtocol() == null ? Optional.empty()
                : cases.find(contact.referencedProtocol()).map(this::survivor);
        if (referenced.isPresent()) {
            return joinExisting(referenced.get(), contact, now, batch);
        }
        // A protocol number that matches no case (mistyped, or from another system) opens a new case.
        CaseRepository.OpenCases open = cases.openCasesOf(contact.customer(), now.minusMinutes(repeatWindowMinutes));
        Optional<Case> recent = open.newestRecent();
        RoutingDecision decision = decide(ComplaintFacts.of(contact, CustomerFacts.of(
                contact.customer().isIdentified(), open.count(),
                recent.map(c -> (int) Duration.between(c.openedAt(), now).toMinutes()).orElse(null))).complaint());
        if (recent.isPresent() && decision.tags().contains(REPEAT_TAG)) {
            return joinAsRepeat(recent.get(), contact, decision, now, batch);
        }
        // Asked before the new case exists, so it cannot find itself.
        boolean repeat = cases.hasCaseOpenedSince(contact.customer(), now.minusDays(REPEAT_CONTACT_DAYS));
        ProtocolNumber protocol = ProtocolNumber.issue(now.getYear(), batch.nextProtocolSequence());
        Case opened = Case.open(protocol, contact, decision, clocks.settingsFor(decision.department()), now);
        cases.add(opened);
        counters.countSince(opened, 0);
        search.index(opened);
        if (repeat) {
            counters.repeatContact(opened);
        }
        batch.received(contact, opened);
        batch.opened(opened);
        // Queued with the case, sent by the OutboxDispatcher: an SMTP outage cannot lose it.
        // RFC 3834: no automatic answer to automatic mail, bounces or lists (the channel says so).
        boolean acknowledge = contact.mayAutoReply() && acknowledgements.canAcknowledge(opened)
                && batch.mayAcknowledge(opened.firstContact().customer().email());
        // The code the receipt tells, with the protocol, to follow the case (kept out of the log).
        VerificationCode code = CustomerCodes.told(contact, acknowledge) ? codes.issueFor(protocol, now) : null;
        if (acknowledge) {
            outbox.add(acknowledgements.compose(opened, code, now));
            batch.acknowledged(opened.firstContact().customer().email());
        }
        metrics.contactTaken(contact.channel(), IntakeOutcome.NEW_CASE);
        // Personal data stays out of the log: protocol and routing only.
        LOG.info(() -> "case " + protocol + " opened via " + contact.channel() + " for " + decision.department()
                + " at " + decision.priority() + (decision.isFallback() ? " (fallback: " + decision.fallbackReason() + ")" : ""));
        return new IntakeReceipt(protocol, true, code);
    }

    /** The rules' routing, timed for the operators (the decision-latency histogram). */
    private RoutingDecision decide(Complaint facts) {
        long started = System.nanoTime();
        try {
            return routing.decide(facts);
        } finally {
            metrics.routingDecided(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * The case this very contact already opened or joined: delivered twice (a crash before the mail was
     * flagged), or received by another node at the same moment. Otherwise its source key is claimed for
     * this transaction, so no other node registers it meanwhile.
     */
    private Optional<ProtocolNumber> registeredBefore(IncomingContact contact, OffsetDateTime now) {
        if (contact.sourceKey() == null) {
            return Optional.empty();
        }
        // The claim first: a new contact (the common case) costs one statement, not a lookup and a claim.
        if (receipts.claim(contact.channel(), contact.sourceKey(), now)) {
            return Optional.empty();
        }
        // Registered before, or the claim waited for another node's registration, which committed.
        ProtocolNumber registered = receipts.caseFor(contact.channel(), contact.sourceKey()).orElseThrow(
                () -> new PessimisticLockException("another registration of this contact is unfinished"));
        LOG.fine(() -> "contact via " + contact.channel() + " was registered before (case " + registered
                + ") or by another node; skipped");
        return Optional.of(registered);
    }

    /** The rules call this contact a repeat of the customer's open case: it joins it, and may raise it. */
    private IntakeReceipt joinAsRepeat(Case existing, IncomingContact contact, RoutingDecision decision,
            OffsetDateTime now, IntakeBatch batch) {
        int mark = ServiceCounters.mark(existing);
        existing.call().raisePriorityTo(decision.priority(), contact.channel(), now);
        counters.countSince(existing, mark);
        return joinExisting(existing, contact, now, batch);
    }

    private IntakeReceipt joinExisting(Case existing, IncomingContact contact, OffsetDateTime now,
            IntakeBatch batch) {
        int mark = ServiceCounters.mark(existing);
        existing.conversation().receiveFromCustomer(contact, Duration.ofDays(reopenWindowDays),
                clocks.settingsFor(existing.department()), now);
        counters.countSince(existing, mark);
        search.index(existing);
        batch.received(contact, existing);
        metrics.contactTaken(contact.channel(), IntakeOutcome.JOINED);
        LOG.info(() -> "message via " + contact.channel() + " joined case " + existing.protocol()
                + " (status " + existing.status() + ")");
        return new IntakeReceipt(existing.protocol(), false);
    }
}
