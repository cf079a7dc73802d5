package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.triagem.application.CaseQueries;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** Read-only access to cases; the history is loaded inside the transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultCaseQueries implements CaseQueries {

    @Inject
    CaseRepository cases;

    @Override
    public Optional<Case> byProtocol(ProtocolNumber protocol) {
        Optional<Case> found = cases.find(protocol);
        found.ifPresent(c -> {
            c.history().size();
            c.messages().size();
            c.attachments().size();
            c.clocks().size();
        });
        return found;
    }

    @Override
    public List<Case> search(String text, int limit) {
        return cases.search(text, limit);
    }
}
