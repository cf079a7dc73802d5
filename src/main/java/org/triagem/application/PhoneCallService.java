package org.triagem.application;

import org.triagem.domain.model.phone.CallEvent;

/** Applies the events of the SAC phone channel to cases, each event once. */
public interface PhoneCallService {

    /**
     * Applies the event in one transaction: a call's first event opens its case through intake (or
     * joins the caller's open case, when the rules call it a repeat call); later events of the same
     * call act on that case. The event id is recorded with the effect.
     *
     * @return the answer; for an event applied before, the same answer again
     * @throws ReusedEventIdException if the id was already used for an event with other content
     */
    CallAnswer apply(CallEvent event);
}
