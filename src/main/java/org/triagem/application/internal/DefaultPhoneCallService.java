package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.triagem.application.CallAnswer;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.IntakeOutcome;
import org.triagem.application.IntakeService;
import org.triagem.application.OperationalMetrics;
import org.triagem.application.PhoneCallService;
import org.triagem.application.ReusedEventIdException;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.CallNote;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.phone.AppliedCallEvent;
import org.triagem.domain.model.phone.CallDisposition;
import org.triagem.domain.model.phone.CallEvent;
import org.triagem.domain.model.phone.PhoneEvents;
import org.triagem.domain.model.routing.ComplaintFacts;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.routing.RoutingDecisions;
import org.triagem.domain.model.search.CaseSearch;

/**
 * Applies call events; named so that the phone routes can call it. A call is tied to its case through
 * an intake receipt whose source key is the call id, so whichever event of a call arrives first opens
 * the case (through {@link IntakeService#register}, the same intake as every channel) and every later
 * one finds it.
 */
@ApplicationScoped
@Named("phoneCalls")
class DefaultPhoneCallService implements PhoneCallService {

    private static final Logger LOG = Logger.getLogger(DefaultPhoneCallService.class.getName());

    @Inject
    PhoneEvents applied;

    @Inject
    ServiceCounters counters;

    @Inject
    CaseSearch search;

    @Inject
    IntakeService intake;

    @Inject
    CaseRepository cases;

    @Inject
    RoutingDecisions routing;

    @Inject
    Clock clock;

    @Inject
    CallContacts contacts;

    @Inject
    CustomerCodes codes;

    @Inject
    PhoneSurveys phoneSurveys;

    @Inject
    OperationalMetrics metrics = OperationalMetrics.NONE;

    @Inject
    PushEvents pushes = PushEvents.NONE;

    @Override
    @Transactional
    public CallAnswer apply(CallEvent event) {
        Optional<AppliedCallEvent> earlier = applied.find(event.eventId());
        if (earlier.isPresent()) {
            if (!earlier.get().isRetryOf(event)) {
                throw new ReusedEventIdException(event.eventId());
            }
            // A retried delivery: counted like every channel's redelivery (intake counts the others).
            metrics.contactTaken(Channel.PHONE, IntakeOutcome.ALREADY_REGISTERED);
            // The same answer as the first delivery's, code included: the IVR may read out either.
            return new CallAnswer(event.eventId(), event.callId(), earlier.get().protocol(),
                    earlier.get().openedTheCase(), true,
                    earlier.get().openedTheCase() ? codes.of(earlier.get().protocol()) : null);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Intake looks the call up by its source key first: a later event of the call finds its case
        // there (newCase false), and only the call's first event (normally call.started; a drop in the
        // IVR may come alone) opens the case, or joins the caller's open case when the rules call it a
        // repeat. One lookup, not a second one here before intake's own.
        IntakeReceipt receipt = intake.register(contacts.contactFor(event));
        boolean opened = receipt.newCase();
        Case complaintCase = cases.find(receipt.protocol()).orElseThrow();
        actOnFirst(complaintCase, event, now);
        applied.record(event, complaintCase, opened, now);
        LOG.fine(() -> event.type().wireName() + " of call " + event.callId() + " applied to case "
                + complaintCase.protocol());
        // Only the event that opened the case tells its code: a repeat call joined a case whose caller
        // was told it on the first call, and a caller's number alone proves nothing.
        return new CallAnswer(event.eventId(), event.callId(), complaintCase.protocol(), opened, false,
                opened ? receipt.verificationCode() : null);
    }

    /**
     * What the event adds to the case it opened or found: call.started has nothing to add (the case was
     * opened or joined with the call, or the call was announced again under a new event id).
     */
    private void actOnFirst(Case complaintCase, CallEvent event, OffsetDateTime now) {
        switch (event.type()) {
            case STARTED -> { /* the case was opened (or joined) with the call */ }
            default -> actOn(complaintCase, event, now);
        }
    }

    private void actOn(Case complaintCase, CallEvent event, OffsetDateTime now) {
        int mark = ServiceCounters.mark(complaintCase);
        String assigneeBefore = complaintCase.assignee();
        act(complaintCase, event, now);
        // Solved on the line: its agent, if it had one, frees up for a push department's queue.
        pushes.afterChange(complaintCase, complaintCase.department(), assigneeBefore, now);
        counters.countSince(complaintCase, mark);
    }

    private void act(Case complaintCase, CallEvent event, OffsetDateTime now) {
        switch (event.type()) {
            case STARTED -> { /* the same call announced again under a new event id: nothing changes */ }
            case UPDATED -> update(complaintCase, event, now);
            case ENDED -> end(complaintCase, event, now);
            case DROPPED, CALLBACK_REQUESTED -> oweCallback(complaintCase, event, now);
            case SURVEY_ANSWERED -> surveyAnswered(complaintCase, event, now);
        }
    }

    private void update(Case complaintCase, CallEvent event, OffsetDateTime now) {
        if (event.cpf() != null || event.customerName() != null) {
            complaintCase.call().identifyCustomer(contacts.customerOf(event), event.actor(), now);
            search.index(complaintCase);
        }
        if (event.category() != null || event.notes() != null) {
            complaintCase.call().record(event.actor(), contacts.describeUpdate(event), now);
        }
    }

    private void end(Case complaintCase, CallEvent event, OffsetDateTime now) {
        complaintCase.call().record(event.actor(), contacts.describeEnd(event), now);
        if (event.disposition() == CallDisposition.RESOLVED_FIRST_CONTACT) {
            complaintCase.call().resolveOnFirstContact(event.actor(), now);
        }
    }

    private void surveyAnswered(Case complaintCase, CallEvent event, OffsetDateTime now) {
        phoneSurveys.record(complaintCase, event.callId(), event.survey(), now);
        complaintCase.call().record(event.actor(), CallNote.ivrSurveyAnswered(), now);
    }

    /** Decreto 11.034/2022: the consumer is owed a call; the rules say how soon (the SLA table). */
    private void oweCallback(Case complaintCase, CallEvent event, OffsetDateTime now) {
        ComplaintFacts facts = ComplaintFacts.of(complaintCase, cases.countOpenFor(complaintCase.firstContact().customer()))
                .viaCall(CallContacts.factsOf(event));
        RoutingDecision decision = routing.decide(facts.complaint());
        complaintCase.call().requireCallback(contacts.describeCallback(event), decision.slaTargets(), now);
    }
}
