package org.triagem.application.subject;

import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.domain.model.subject.RequestKind;
import org.triagem.domain.model.subject.SubjectRequest;

/**
 * How a kind of request fared in a period (by the day it was received): how many came, how many were met
 * within the legal deadline, how many were answered late or are open past it, how many are still open in
 * time, and the share met in time of those whose outcome is known.
 */
public record RequestTally(String kind, int deadlineDays, int requested, int metInTime, int late, int open,
        Double metInTimeShare) {

    public static RequestTally of(RequestKind kind, List<SubjectRequest> requests, OffsetDateTime now) {
        List<SubjectRequest> ofKind = requests.stream().filter(r -> r.kind() == kind).toList();
        int met = (int) ofKind.stream().filter(SubjectRequest::metInTime).count();
        int late = (int) ofKind.stream().filter(r -> (r.isFulfilled() && !r.metInTime()) || r.isOverdue(now)).count();
        int open = (int) ofKind.stream().filter(r -> !r.isFulfilled()).count();
        int decided = met + late;
        return new RequestTally(kind.name(), (int) kind.deadline().toDays(), ofKind.size(), met, late, open,
                decided == 0 ? null : Math.round(1000.0 * met / decided) / 1000.0);
    }
}
