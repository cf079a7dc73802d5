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
        requireAnother(target);
        if (!target.status().isOpen()) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.MERGE_INTO_CLOSED_CASE,
                    target.protocol().value(), target.status());
        }
        String from = owner.protocol().value();
        String to = target.protocol().value();
        int moved = target.conversation().adopt(owner);
        owner.endAsRepeatOf(target, CaseStatus.MERGED, CaseEvent.Type.MERGED, actor, now,
                EventDetail.because("MERGED_AWAY", "merged into " + to));
        target.log().record(now, actor, CaseEvent.Type.MERGED, target.status(), target.status(), from, to,
                EventDetail.because("MERGED_IN", "case " + from + " merged into this one, with its " + moved
                        + " message(s)").with("messages", moved));
    }

    /**
     * This case is the same contact as {@code original}, made twice: it ends as {@link CaseStatus#DUPLICATE},
     * pointing at the original, whatever the original's status; nothing is copied.
     */
    public void markDuplicateOf(Case original, String actor, OffsetDateTime now) {
        owner.require(CaseAction.MARK_DUPLICATE);
        requireAnother(original);
        if (original.status() == CaseStatus.MERGED || original.status() == CaseStatus.DUPLICATE) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.DUPLICATE_OF_A_REPEAT,
                    original.protocol().value(), original.mergedInto());
        }
        String from = owner.protocol().value();
        String to = original.protocol().value();
        owner.endAsRepeatOf(original, CaseStatus.DUPLICATE, CaseEvent.Type.DUPLICATE_MARKED, actor, now,
                EventDetail.because("MARKED_DUPLICATE", "duplicate of " + to));
        original.log().record(now, actor, CaseEvent.Type.DUPLICATE_MARKED, original.status(), original.status(),
                from, to, EventDetail.because("MARKED_ORIGINAL", "case " + from + " marked a duplicate of this one"));
    }

    private void requireAnother(Case target) {
        if (target == owner || target.protocol().equals(owner.protocol())) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.MERGE_INTO_ITSELF);
        }
    }
}
