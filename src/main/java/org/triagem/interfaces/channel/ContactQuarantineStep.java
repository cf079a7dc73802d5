package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.camel.Exchange;
import org.triagem.application.QuarantineService;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/**
 * The error-handling step of every intake route: a contact whose registration failed is held in
 * quarantine with its raw payload and the reason (as its route noted them: {@link ContactOrigin}), and
 * the quarantine id is left on the exchange for the channel to report.
 */
@ApplicationScoped
@Named("contactQuarantine")
public class ContactQuarantineStep {

    /** The id under which the contact was held, for the channel to report (ChannelGateway). */
    public static final String QUARANTINE_ID = "triagemQuarantineId";

    @Inject
    QuarantineService quarantine;

    public void hold(Exchange exchange) {
        if (exchange.getProperty(QUARANTINE_ID) != null) {
            return; // already held by the inner route; the outer route sees the same failure
        }
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = QuarantineReason.of(cause);
        QuarantinedContact held = quarantine.hold(ContactOrigin.channelOf(exchange),
                ContactOrigin.sourceKeyOf(exchange), ContactOrigin.rawPayloadOf(exchange), reason);
        exchange.setProperty(QUARANTINE_ID, held.id());
    }
}
