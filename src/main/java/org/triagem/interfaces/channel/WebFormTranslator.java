package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.apache.camel.Exchange;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;

/**
 * Turns a validated web form submission into an incoming contact: the translating step of
 * routes/webform-intake.camel.yaml, and of a quarantined form's replay.
 */
@ApplicationScoped
@Named("webFormTranslator")
public class WebFormTranslator {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The submission as JSON: the raw payload kept if the contact has to be quarantined. */
    public String toJson(WebFormSubmission form) {
        return JSON.toJson(form);
    }

    /** Reads a quarantined payload back, for replay. */
    public WebFormSubmission fromJson(String json) {
        return JSON.fromJson(json, WebFormSubmission.class);
    }

    /**
     * Route step: notes the form as received (its JSON, under its form token) for quarantine, then
     * answers the contact it becomes.
     */
    public IncomingContact translate(WebFormSubmission form, Exchange exchange) {
        ContactOrigin.note(exchange, Channel.WEB_FORM, form.getFormToken(), toJson(form));
        return toContact(form);
    }

    public IncomingContact toContact(WebFormSubmission form) {
        String token = form.getFormToken() == null || form.getFormToken().isBlank() ? null : form.getFormToken();
        return new IncomingContact(Channel.WEB_FORM, token,
                new Customer(form.getName(), form.getEmail(), form.getPhone(), form.getCpf()),
                form.getSubject(), form.getDescription(), form.getCategoryHint());
    }
}
