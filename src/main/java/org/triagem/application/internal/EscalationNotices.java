package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.MessageIds;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.routing.EscalationRules;
import org.triagem.domain.model.routing.RecoveryRules;
import org.triagem.domain.model.routing.SurveyResponse;
import org.triagem.domain.model.sla.SlaCheckpoint;

/**
 * The supervisor's notice of an escalation, queued in the outbox with the escalation itself. It names the
 * protocol, the clock and what the rules did; no personal data of the customer. Without an address
 * ({@code triagem.escalation.notify.to}) the escalation is only recorded in the case's history.
 */
@ApplicationScoped
class EscalationNotices {

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "triagem.escalation.notify.to")
    Optional<String> supervisorAddress;

    @Inject
    @ConfigProperty(name = "triagem.mail.message-id.domain", defaultValue = "triagem")
    String messageIdDomain;

    public void tellSupervisor(Case c, SlaCheckpoint checkpoint, EscalationRules.Outcome outcome,
            OffsetDateTime now) {
        if (supervisorAddress.isEmpty() || supervisorAddress.get().isBlank()) {
            return;
        }
        String subject = "[Triagem] Escalonamento do caso " + c.protocol() + ": " + checkpoint.clock() + " em "
                + checkpoint.percent() + "%";
        StringBuilder body = new StringBuilder()
                .append("Caso: ").append(c.protocol()).append('\n')
                .append("Departamento: ").append(c.department()).append('\n')
                .append("Prioridade: ").append(c.priority()).append('\n')
                .append("Relógio: ").append(checkpoint.clock()).append(" em ").append(checkpoint.percent())
                .append("% (previsto para ").append(checkpoint.dueAt()).append(")\n")
                .append("Nível de escalonamento: ").append(c.routing().escalationLevel()).append('\n')
                .append("Regras: ").append(String.join("; ", outcome.firedRules())).append('\n');
        outcome.decision().getNotes().forEach(n -> body.append("Nota: ").append(n).append('\n'));
        outbox.add(OutgoingMail.queue(c.protocol(), MailKind.ESCALATION, supervisorAddress.get().strip(), subject,
                body.toString(), MessageIds.next(c.protocol(), messageIdDomain), now));
    }

    /** Tells the supervisor that a customer answered a survey poorly and what the recovery rules asked. */
    public void tellSupervisorOfPoorSurvey(Case c, SurveyResponse response, RecoveryRules.Outcome outcome,
            OffsetDateTime now) {
        if (supervisorAddress.isEmpty() || supervisorAddress.get().isBlank()) {
            return;
        }
        String subject = "[Triagem] Pesquisa: cliente insatisfeito no caso " + c.protocol();
        StringBuilder body = new StringBuilder()
                .append("Caso: ").append(c.protocol()).append('\n')
                .append("Departamento: ").append(c.department()).append('\n')
                .append("Resposta: ").append(response.describe()).append('\n')
                .append("Regras: ").append(String.join("; ", outcome.firedRules())).append('\n');
        outcome.decision().getNotes().forEach(n -> body.append("Nota: ").append(n).append('\n'));
        outbox.add(OutgoingMail.queue(c.protocol(), MailKind.ESCALATION, supervisorAddress.get().strip(), subject,
                body.toString(), MessageIds.next(c.protocol(), messageIdDomain), now));
    }
}
