package org.triagem.application;

import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.quarantine.QuarantinedContact;
import java.util.List;

/** Holds contacts that could not be registered, in a transaction of their own. */
public interface QuarantineService {

    QuarantinedContact hold(Channel channel, String sourceKey, String rawPayload, String reason);

    List<QuarantinedContact> recent(int limit);
}
