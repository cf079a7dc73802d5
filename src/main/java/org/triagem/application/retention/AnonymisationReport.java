package org.triagem.application.retention;

import java.util.List;

/**
 * What an anonymisation changed (or, dry, would change): the subject as masked, the cases by protocol, the
 * quarantined payloads that carried the subject's key.
 */
public record AnonymisationReport(boolean dryRun, String subject, List<String> protocols, int quarantined) {

    public AnonymisationReport {
        protocols = List.copyOf(protocols);
    }
}
