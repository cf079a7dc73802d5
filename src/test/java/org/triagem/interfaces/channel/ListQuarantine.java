package org.triagem.interfaces.channel;

import java.util.List;
import java.util.Optional;
import org.triagem.application.QuarantineService;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/** A quarantine kept in a list for route tests, numbering contacts from 1 as the database would. */
class ListQuarantine implements QuarantineService {

    private final List<QuarantinedContact> held;

    ListQuarantine(List<QuarantinedContact> held) {
        this.held = held;
    }

    @Override
    public QuarantinedContact hold(Channel channel, String sourceKey, String rawPayload, String reason) {
        long id = held.size() + 1L;
        QuarantinedContact contact = new QuarantinedContact(channel, sourceKey, rawPayload, reason, null) {
            @Override
            public Long id() {
                return id;
            }
        };
        held.add(contact);
        return contact;
    }

    @Override
    public List<QuarantinedContact> recent(int limit) {
        return held;
    }

    @Override
    public Optional<QuarantinedContact> find(long id) {
        return held.stream().filter(q -> q.id() == id).findFirst();
    }

    @Override
    public void markReplayed(long id, ProtocolNumber protocol) {
        // route tests do not replay
    }
}
