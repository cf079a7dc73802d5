package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.triagem.application.CallAnswer;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.PhoneCallService;
import org.triagem.application.IntakeService;
import org.triagem.application.QuarantineService;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/**
 * Replays a quarantined contact once its cause is fixed: the raw payload is translated again by its
 * channel's translator and registered directly (not through the route, whose failure would quarantine
 * it a second time). The source key is kept, so a replay of a contact that did get registered in the
 * meantime finds that case instead of opening another.
 */
@ApplicationScoped
public class ContactReplayer {

    @Inject
    QuarantineService quarantine;

    @Inject
    IntakeService intake;

    @Inject
    WebFormTranslator webForms;

    @Inject
    CustomerReplyTranslator replies;

    @Inject
    EmailTranslator emails;

    @Inject
    CallEventReader calls;

    @Inject
    PhoneCallService phone;

    /** @throws Exception with the reason when the payload still cannot be read or registered */
    public IntakeReceipt replay(QuarantinedContact held) throws Exception {
        if (held.replayedCase() != null) {
            return new IntakeReceipt(org.triagem.domain.model.complaint.ProtocolNumber.parse(held.replayedCase()), false);
        }
        IncomingContact contact = switch (held.channel()) {
            case WEB_FORM -> replies.isReply(held.sourceKey()) ? replies.toContact(replies.fromJson(held.payload()))
                    : webForms.toContact(webForms.fromJson(held.payload()));
            case EMAIL -> emails.toContact(held.payload().getBytes(StandardCharsets.ISO_8859_1), held.sourceKey());
            case PHONE -> null;
        };
        IntakeReceipt receipt = contact != null ? intake.register(contact) : replayCall(held);
        quarantine.markReplayed(held.id(), receipt.protocol());
        return receipt;
    }

    /**
     * A call event is applied again as it came: the webhook's source key is its event id (the body may
     * leave it out); a batch line or broker message carries it in the body. A CSV line, kept without
     * its header, cannot be read alone: fix the file and drop it again instead.
     */
    private IntakeReceipt replayCall(QuarantinedContact held) {
        String key = held.sourceKey();
        boolean keyIsEventId = key != null && !key.startsWith("amqp:") && !key.matches(".+:[0-9]+");
        CallAnswer answer = phone.apply(calls.read(held.payload().getBytes(StandardCharsets.UTF_8),
                keyIsEventId ? key : null));
        return new IntakeReceipt(answer.protocol(), answer.newCase());
    }
}
