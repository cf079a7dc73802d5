package org.triagem.domain.model.impact;

import java.util.Optional;

/** The finished previews, kept so that the activation step on any node can show the latest one. */
public interface ImpactPreviews {

    void store(ImpactPreview preview);

    /** The newest finished preview of the version, if one was run. */
    Optional<ImpactPreview> latestFor(long proposedVersion);
}
