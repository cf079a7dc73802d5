package org.triagem.application.retention;

import java.util.List;
import org.triagem.domain.model.retention.RetentionPolicy;
import org.triagem.domain.model.retention.RetentionRun;

/** The retention job, run by its schedule or on request, and what it did. */
public interface RetentionService {

    /** Applies every policy now (or, dry, counts what would go); answers the run as recorded. */
    RetentionRun run(boolean dryRun);

    List<RetentionRun> recentRuns(int limit);

    RetentionPolicy policy();
}
