package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.camel.Exchange;
import org.triagem.application.QuarantineService;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/**
 * The error-handling step of every intake route: a contact whose registration failed is held in
 * quarantine with its raw payload and the reason, and the quarantine id is left on the exchange for
 * the channel to report.
 */
@ApplicationScoped
@Named("contactQuarantine")
public class ContactQuarantineStep {

    public static final String CHANNEL = "triagemChannel";
    public static final String RAW_PAYLOAD = "triagemRawPayload";
    public static final String SOURCE_KEY = "triagemSourceKey";
    public static final String QUARANTINE_ID = "triagemQuarantineId";

    @Inject
    QuarantineService quarantine;

    public void hold(Exchange exchange) {
        if (exchange.getProperty(QUARANTINE_ID) != null) {
            return; // already held by the inner route; the outer route sees the same failure
        }
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = QuarantineReason.of(cause);
        Channel channel = Channel.valueOf(exchange.getProperty(CHANNEL, String.class));
        QuarantinedContact held = quarantine.hold(channel, exchange.getProperty(SOURCE_KEY, String.class),
                exchange.getProperty(RAW_PAYLOAD, String.class), reason);
        exchange.setProperty(QUARANTINE_ID, held.id());
    }
}
