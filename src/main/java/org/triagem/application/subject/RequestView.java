package org.triagem.application.subject;

import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.domain.model.subject.SubjectRequest;

/** A subject request as staff and the DPO see it: the subject masked, its clock, its events. */
public record RequestView(long id, String kind, String channel, String protocol, String subject,
        String registeredBy, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime fulfilledAt,
        String fulfilledBy, String delivery, boolean overdue, int escalationLevel, List<Event> events) {

    /** One step: when, who, what, and a line about it. */
    public record Event(OffsetDateTime at, String actor, String type, String detail) {
    }

    public static RequestView of(SubjectRequest r, OffsetDateTime now) {
        return new RequestView(r.id(), r.kind().name(), r.channel().name(), r.protocol().value(), r.subjectMasked(),
                r.registeredBy(), r.receivedAt(), r.dueAt(), r.fulfilledAt(), r.fulfilledBy(),
                r.delivery() == null ? null : r.delivery().name(), r.isOverdue(now), r.escalationLevel(),
                r.events().stream().map(e -> new Event(e.occurredAt(), e.actor(), e.type().name(), e.detail())).toList());
    }
}
