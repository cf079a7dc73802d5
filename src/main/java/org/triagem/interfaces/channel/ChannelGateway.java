package org.triagem.infrastructure.camel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.RefusedContactException;
import org.triagem.interfaces.channel.ContactQuarantineStep;
import org.triagem.interfaces.channel.QuarantineReason;

/**
 * Hands a synchronous channel's payload (web form, phone webhook) to its route and waits for the
 * receipt, so the consumer gets the protocol number in the same HTTP answer.
 */
@ApplicationScoped
public class ChannelGateway {

    @Inject
    CamelRuntime camel;

    /**
     * @throws ContactQuarantinedException if registration failed and the contact was quarantined
     * @throws IntakeUnavailableException if the routes are not running
     */
    public IntakeReceipt submit(String endpointUri, Object payload) {
        return submit(endpointUri, payload, IntakeReceipt.class);
    }

    /**
     * As above, for a route that answers with another type (the phone route answers a CallAnswer). A
     * refusal the route does not quarantine (a RefusedContactException) reaches the caller as it is.
     */
    public <T> T submit(String endpointUri, Object payload, Class<T> answer) {
        if (!camel.isStarted()) {
            throw new IntakeUnavailableException("the intake routes are not running");
        }
        Exchange done = camel.producer().send(endpointUri, ex -> ex.getIn().setBody(payload));
        Exception failure = done.getException();
        if (failure != null) {
            Long quarantineId = done.getProperty(ContactQuarantineStep.QUARANTINE_ID, Long.class);
            if (quarantineId != null) {
                throw new ContactQuarantinedException(quarantineId, failure);
            }
            if (failure instanceof RefusedContactException refused) {
                throw refused;
            }
            throw new IntakeUnavailableException("intake failed: " + QuarantineReason.of(failure), failure);
        }
        return done.getMessage().getBody(answer);
    }
}
