package org.triagem.application;

import java.util.Optional;
import java.util.function.Predicate;
import org.triagem.domain.model.impact.ImpactPreview;

/**
 * Foresees what activating a proposed rule-set version would change: replays the cases opened in the
 * last days, as they were taken in, through the active version and the proposed one, in the background.
 * Creates and changes no case, no event and no counter; stores only the finished summary.
 */
public interface ImpactPreviewService {

    /**
     * Starts a preview on this node and answers at once.
     *
     * @throws org.triagem.domain.model.impact.InvalidImpactWindowException if {@code days} is not 1 to 365
     * @throws org.triagem.domain.model.ruleset.UnknownRuleSetVersionException if there is no such version
     * @throws org.triagem.domain.model.ruleset.RuleSetNotActivatableException if it does not compile
     */
    ImpactJob start(long proposedVersion, int days, String requestedBy);

    /**
     * The job as it stands now (jobs live on the node that runs them).
     *
     * @throws org.triagem.domain.model.impact.ImpactPreviewNotFoundException if this node has no such job
     */
    ImpactJob job(String id);

    /**
     * Tells {@code listener} where the job stands now and after every batch, until it is finished or the
     * listener answers {@code false}.
     *
     * @throws org.triagem.domain.model.impact.ImpactPreviewNotFoundException if this node has no such job
     */
    void follow(String id, Predicate<ImpactJob> listener);

    /** The newest finished preview of the version, stored, whichever node ran it. */
    Optional<ImpactPreview> latestFor(long proposedVersion);
}
