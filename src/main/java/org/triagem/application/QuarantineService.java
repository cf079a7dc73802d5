package org.triagem.application;

import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.quarantine.QuarantinedContact;
import java.util.List;

/** Holds contacts that could not be registered, in a transaction of their own. */
public interface QuarantineService {

    QuarantinedContact hold(Channel channel, String sourceKey, String rawPayload, String reason);

    List<QuarantinedContact> recent(int limit);

    java.util.Optional<QuarantinedContact> find(long id);

    /** Records that a replay registered the contact as (or into) the given case. */
    void markReplayed(long id, org.triagem.domain.model.complaint.ProtocolNumber protocol);
}
