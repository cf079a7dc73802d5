package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * What the SAC phone system tells a case while a call about it goes on: notes and the call's end, who
 * the caller is, a more urgent priority, a call-back owed, a problem solved on the line. Reached through
 * {@link Case#call()}; a view made for one change, writing through the case's routing and history.
 */
public final class CaseCall {

    private final Case owner;

    CaseCall(Case owner) {
        this.owner = owner;
    }

    /** Something the phone system reported about a call on this case: notes, the end of the call. */
    public void record(String actor, CallNote note, OffsetDateTime now) {
        note(now, actor, CaseEvent.Type.PHONE_CALL, note.detail());
    }

    /** The caller said who they are during the call; what was already known is kept. */
    public void identifyCustomer(Customer details, String actor, OffsetDateTime now) {
        Customer completed = owner.firstContact().completeCustomer(details);
        note(now, actor, CaseEvent.Type.CUSTOMER_IDENTIFIED, EventDetail.of(completed.describeMasked())
                .with("email", EmailAddress.mask(completed.email())).with("phone", PhoneNumbers.mask(completed.phone()))
                .with("cpf", completed.cpf() == null ? null : Cpf.parse(completed.cpf()).masked()));
    }

    /** The rules judged a repeat contact, by {@code via}, more urgent than the case was; never lowers. */
    public void raisePriorityTo(Priority level, Channel via, OffsetDateTime now) {
        EventDetail raised = owner.routing().raise(level, via);
        if (raised != null) {
            note(now, Case.SYSTEM, CaseEvent.Type.PRIORITY_RAISED, raised);
        }
    }

    /**
     * Decreto 11.034/2022: a call that fell must be called back. The rules set how soon (the SLA's first
     * response, in minutes); an earlier promise already made is kept, and the first-response target
     * never gets looser.
     */
    public void requireCallback(CallNote why, SlaTargets targets, OffsetDateTime now) {
        OffsetDateTime due = owner.routing().promiseCallback(targets, now);
        note(now, Case.SYSTEM, CaseEvent.Type.CALLBACK_REQUIRED, why.detail().append("; call back by " + due)
                .with("due", due));
    }

    /** The attendant solved it while the caller was on the line (first-contact resolution). */
    public void resolveOnFirstContact(String attendant, OffsetDateTime now) {
        if (CaseAction.RESOLVE.isAllowedIn(owner.status())) {
            owner.resolve(attendant,
                    new Resolution("first-contact", "solved on the call", "resolved on first contact (phone)"), now);
        }
    }

    private void note(OffsetDateTime now, String actor, CaseEvent.Type type, EventDetail detail) {
        owner.log().record(now, actor, type, owner.status(), owner.status(), detail);
    }
}
