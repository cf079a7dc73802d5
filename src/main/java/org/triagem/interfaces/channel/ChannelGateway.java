package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.triagem.application.CallAnswer;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.RefusedContactException;
import org.triagem.infrastructure.camel.CamelRuntime;

/**
 * The door from the synchronous channels (the web form, the phone webhook) into their routes: the
 * REST resource hands over the input as it was received and checked, the route translates it, and the
 * gateway waits for the answer, so the consumer gets the protocol number in the same HTTP answer.
 *
 * <p>A failure comes back as what it means for the caller: the contact is safe in quarantine, the
 * sender must correct it, or intake cannot take contacts right now.
 */
@ApplicationScoped
public class ChannelGateway {

    /** routes/webform-intake.camel.yaml */
    static final String WEB_FORM_ROUTE = "direct:webform-intake";
    /** routes/phone-webhook.camel.yaml */
    static final String PHONE_WEBHOOK_ROUTE = "direct:phone-webhook";
    /** routes/customer-reply.camel.yaml */
    static final String CUSTOMER_REPLY_ROUTE = "direct:customer-reply";

    @Inject
    CamelRuntime camel;

    /**
     * A validated web form; the route keeps it for quarantine and translates it.
     *
     * @throws ContactQuarantinedException if registration failed and the contact was quarantined
     * @throws IntakeUnavailableException if the routes are not running
     */
    public IntakeReceipt submitWebForm(WebFormSubmission form) {
        return send(WEB_FORM_ROUTE, form, IntakeReceipt.class);
    }

    /**
     * A customer's checked message from the status page; the route keeps it for quarantine and joins it
     * to its case.
     *
     * @throws ContactQuarantinedException if registration failed and the message was quarantined
     * @throws IntakeUnavailableException if the routes are not running
     */
    public IntakeReceipt submitCustomerReply(CustomerReply reply) {
        return send(CUSTOMER_REPLY_ROUTE, reply, IntakeReceipt.class);
    }

    /**
     * A webhook delivery whose signature holds; the route reads it into a call event and applies it.
     *
     * @throws MalformedCallEventException if the body is not a call event of the contract
     * @throws RefusedContactException if the event id was already used for other content
     * @throws ContactQuarantinedException if the event could not be applied and was quarantined
     * @throws IntakeUnavailableException if the routes are not running
     */
    public CallAnswer submitCall(WebhookDelivery delivery) {
        return send(PHONE_WEBHOOK_ROUTE, delivery, CallAnswer.class);
    }

    private <T> T send(String route, Object input, Class<T> answer) {
        Exchange done = producer().send(route, ex -> ex.getIn().setBody(input));
        Exception failure = done.getException();
        if (failure != null) {
            Long quarantineId = done.getProperty(ContactQuarantineStep.QUARANTINE_ID, Long.class);
            if (quarantineId != null) {
                throw new ContactQuarantinedException(quarantineId, failure);
            }
            // The sender's fault, not ours: it reaches the caller as it is, to be answered 400 or 401.
            if (failure instanceof RefusedContactException refused) {
                throw refused;
            }
            if (failure instanceof MalformedCallEventException malformed) {
                throw malformed;
            }
            throw new IntakeUnavailableException("intake failed: " + QuarantineReason.of(failure), failure);
        }
        return done.getMessage().getBody(answer);
    }

    /** Camel's producer, once the routes run. */
    ProducerTemplate producer() {
        if (!camel.isStarted()) {
            throw new IntakeUnavailableException("the intake routes are not running");
        }
        return camel.producer();
    }
}
