package org.triagem.application.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import org.triagem.domain.model.complaint.Case;

/**
 * The events push assignment acts on ({@link PushAssignment}), as the services that cause them call
 * it: inside their own transaction. {@link #NONE} does nothing, for unit tests that build a service by hand.
 */
interface PushEvents {

    PushEvents NONE = new PushEvents() {
        @Override
        public void arrived(Collection<Case> arrivals, OffsetDateTime now) {
        }

        @Override
        public void afterChange(Case c, String departmentBefore, String assigneeBefore, OffsetDateTime now) {
        }

        @Override
        public void offerQueues(Collection<String> departments, OffsetDateTime now) {
        }
    };

    /** New cases came into their departments' queues. */
    void arrived(Collection<Case> arrivals, OffsetDateTime now);

    /** The case was acted on; it may have moved to another department, or left its agent's hands. */
    void afterChange(Case c, String departmentBefore, String assigneeBefore, OffsetDateTime now);

    /** Someone in these departments may take more cases now. */
    void offerQueues(Collection<String> departments, OffsetDateTime now);
}
