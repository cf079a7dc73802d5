package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;

/**
 * A case that repeats another one. Reached through {@link Case#merge()}; a view made for one change,
 * writing through both cases' lifecycles and histories, which both stay whole.
 */
public final class CaseMerge {

    private final Case owner;

    CaseMerge(Case owner) {
        this.owner = owner;
    }

    /**
     * This case repeats {@code target}: it ends as {@link CaseStatus#MERGED}, pointing at the target,
     * and the target's history records the merge.
     */
    public void into(Case target, String actor, OffsetDateTime now) {
        owner.require(CaseAction.MERGE);
        requireAnotherOpenCase(target);
        String from = owner.protocol().value();
        String to = target.protocol().value();
        owner.endAsRepeatOf(target, CaseStatus.MERGED, actor, now, EventDetail.because("MERGED_AWAY", "merged into " + to));
        target.log().record(now, actor, CaseEvent.Type.MERGED, target.status(), target.status(), from, to,
                EventDetail.because("MERGED_IN", "case " + from + " merged into this one"));
    }

    private void requireAnotherOpenCase(Case target) {
        if (target == owner || target.protocol().equals(owner.protocol())) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.MERGE_INTO_ITSELF);
        }
        if (!target.status().isOpen()) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.MERGE_INTO_CLOSED_CASE,
                    target.protocol().value(), target.status());
        }
    }
}
