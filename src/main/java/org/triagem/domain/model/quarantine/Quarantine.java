package org.triagem.domain.model.quarantine;

import java.util.List;
import java.util.Optional;

/** Where contacts that could not be registered are kept. */
public interface Quarantine {

    void hold(QuarantinedContact contact);

    Optional<QuarantinedContact> find(long id);

    List<QuarantinedContact> recent(int limit);
}
