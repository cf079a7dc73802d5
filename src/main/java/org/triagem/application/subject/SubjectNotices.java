package org.triagem.application.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.MessageIds;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.subject.SubjectRequest;

/**
 * The mail about subject requests, queued in the outbox with the change that causes it: the history to
 * the customer, and the DPO's notice that a request is near or past its deadline.
 */
@ApplicationScoped
class SubjectNotices {

    @Inject
    Outbox outbox;

    /** Where the DPO's notices go; without it, the supervisors' escalation address. */
    @Inject
    @ConfigProperty(name = "triagem.privacy.notify.to")
    Optional<String> dpoAddress;

    @Inject
    @ConfigProperty(name = "triagem.escalation.notify.to")
    Optional<String> supervisorAddress;

    @Inject
    @ConfigProperty(name = "triagem.mail.message-id.domain", defaultValue = "triagem")
    String messageIdDomain;

    /** The history, to the customer who asked for it: the document as the HTML part, a short text beside. */
    void sendHistory(SubjectRequest request, String recipient, String html, OffsetDateTime now) {
        String text = "Olá,\n\nConforme o seu pedido, segue o histórico das suas demandas no nosso SAC"
                + " (art. 12 do Decreto nº 11.034/2022). Abra esta mensagem em um programa que mostre HTML,"
                + " ou baixe o PDF na página de acompanhamento com o protocolo " + request.protocol().value()
                + ".\n\nAtenciosamente,\nSAC";
        outbox.add(OutgoingMail.queue(request.protocol(), MailKind.SUBJECT_REQUEST, recipient,
                "Histórico das suas demandas (protocolo " + request.protocol().value() + ")", text,
                MessageIds.next(request.protocol(), messageIdDomain), now).withHtmlAlternative(html));
    }

    /** Tells the DPO a request escalated; names the subject only masked. */
    void tellDpo(SubjectRequest request, SubjectRequest.Escalation escalation, OffsetDateTime now) {
        Optional<String> to = dpoAddress.filter(a -> !a.isBlank()).or(() -> supervisorAddress.filter(a -> !a.isBlank()));
        if (to.isEmpty()) {
            return;
        }
        String subject = "[Triagem] Pedido do titular " + request.id() + " (" + request.kind() + ") "
                + (escalation.breached() ? "fora do prazo" : "perto do prazo");
        String body = "Pedido: " + request.id() + "\nTipo: " + request.kind() + "\nCanal: " + request.channel()
                + "\nProtocolo: " + request.protocol().value() + "\nTitular: " + request.subjectMasked()
                + "\nRecebido em: " + request.receivedAt() + "\nPrazo: " + request.dueAt()
                + "\nNível de escalonamento: " + escalation.level() + " (" + escalation.percent() + "% do prazo)\n";
        outbox.add(OutgoingMail.queue(request.protocol(), MailKind.SUBJECT_ESCALATION, to.get().strip(), subject,
                body, MessageIds.next(request.protocol(), messageIdDomain), now));
    }
}
