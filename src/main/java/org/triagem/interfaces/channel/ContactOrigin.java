package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.apache.camel.Exchange;
import org.triagem.domain.model.complaint.Channel;

/**
 * Where a contact came from, noted on its exchange before anything can fail, so that a failure is
 * quarantined whole ({@link ContactQuarantineStep}): the channel, the source key (the dedupe key: form
 * token, mailbox UID, event id, {@code file:line}) and the raw payload as it was received.
 *
 * <p>The exchange property names are spelled here and nowhere else. Java reads them through these
 * constants; a route never types them but notes the origin in one step, such as
 * {@code contactOrigin.keep('PHONE', ${body.eventId}, ${body.payload})}, or through its translator.
 */
@ApplicationScoped
@Named("contactOrigin")
public class ContactOrigin {

    public static final String CHANNEL = "triagemChannel";
    public static final String SOURCE_KEY = "triagemSourceKey";
    public static final String RAW_PAYLOAD = "triagemRawPayload";

    /**
     * Route step: notes the channel, source key and raw payload; a null key or payload is noted as
     * absent. The body is left as it is.
     */
    public void keep(Channel channel, String sourceKey, String rawPayload, Exchange exchange) {
        note(exchange, channel, sourceKey, rawPayload);
    }

    /** The same, for a translator that is itself a route step (the web form's). */
    static void note(Exchange exchange, Channel channel, String sourceKey, String rawPayload) {
        exchange.setProperty(CHANNEL, channel.name());
        noteKeyAndPayload(exchange, sourceKey, rawPayload);
    }

    /** For a translator that learns the key and payload only as it reads (a polled mail). */
    static void noteKeyAndPayload(Exchange exchange, String sourceKey, String rawPayload) {
        exchange.setProperty(SOURCE_KEY, sourceKey);
        exchange.setProperty(RAW_PAYLOAD, rawPayload);
    }

    static Channel channelOf(Exchange exchange) {
        return Channel.valueOf(exchange.getProperty(CHANNEL, String.class));
    }

    static String sourceKeyOf(Exchange exchange) {
        return exchange.getProperty(SOURCE_KEY, String.class);
    }

    static String rawPayloadOf(Exchange exchange) {
        return exchange.getProperty(RAW_PAYLOAD, String.class);
    }
}
