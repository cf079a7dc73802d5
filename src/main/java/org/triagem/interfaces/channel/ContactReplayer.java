package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.triagem.application.IntakeReceipt;
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
    EmailTranslator emails;

    /** @throws Exception with the reason when the payload still cannot be read or registered */
    public IntakeReceipt replay(QuarantinedContact held) throws Exception {
        if (held.replayedCase() != null) {
            return new IntakeReceipt(org.triagem.domain.model.complaint.ProtocolNumber.parse(held.replayedCase()), false);
        }
        IncomingContact contact = switch (held.channel()) {
            case WEB_FORM -> webForms.toContact(webForms.fromJson(held.payload()));
            case EMAIL -> emails.toContact(held.payload().getBytes(StandardCharsets.ISO_8859_1), held.sourceKey());
            case PHONE -> throw new UnsupportedOperationException("phone contacts cannot be replayed yet");
        };
        IntakeReceipt receipt = intake.register(contact);
        quarantine.markReplayed(held.id(), receipt.protocol());
        return receipt;
    }
}
