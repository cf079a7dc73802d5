package org.triagem.domain.model.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

class StaffReplyComposerTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));
    private static final ProtocolNumber PROTOCOL = ProtocolNumber.issue(2026, 7);

    private static Case openCase(String email, String messageId) {
        IncomingContact contact = new IncomingContact(Channel.EMAIL, null, new Customer("Maria", email, null, null),
                "Cobrança", "Cobrança em dobro", null).withMailMessageId(messageId);
        RoutingDecision decision = new RoutingDecision("billing", Set.of(), "Financeiro", Priority.P2,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(PROTOCOL, contact, decision, ClockSettings.standard(), NOW);
    }

    @Test
    void writesAPortugueseHumanReplyThreadedUnderTheCustomersMail() {
        Case c = openCase("maria@example.com", "<abc@cliente.test>");
        OutgoingMail mail = StaffReplyComposer.brazilian().compose(c, "Estornamos o valor.", "Ana", NOW);

        assertThat(mail.kind()).isEqualTo(MailKind.STAFF_REPLY);
        assertThat(mail.kind().isAutomatic()).isFalse();
        assertThat(mail.recipient()).isEqualTo("maria@example.com");
        assertThat(mail.subject()).isEqualTo("[#" + PROTOCOL.value() + "] Resposta ao seu atendimento");
        assertThat(mail.body()).startsWith("Estornamos o valor.\n\n-- \nAtenciosamente,\nAna\n")
                .contains("Protocolo " + PROTOCOL.value());
        assertThat(mail.messageId()).matches("<" + PROTOCOL.value() + "\\.[0-9a-f]{24}@triagem>");
        assertThat(mail.inReplyTo()).isEqualTo("<abc@cliente.test>");
        assertThat(mail.references()).isEqualTo("<abc@cliente.test>");
        assertThat(mail.headers()).doesNotContainKeys("Auto-Submitted", "X-Auto-Response-Suppress");
    }

    @Test
    void referencesNameOurEarlierRepliesAndTheCustomersLatestMailIsTheParent() {
        Case c = openCase("maria@example.com", "<a@cliente.test>");
        c.conversation().replyToCustomer("ana", "Verificando.", Channel.EMAIL, "<r1@triagem>", NOW);
        c.conversation().receiveFromCustomer(new IncomingContact(Channel.EMAIL, "k", Customer.anonymous(), "Re", "E aí?", null)
                .withMailMessageId("<b@cliente.test>"), java.time.Duration.ofDays(7),
                ClockSettings.standard(), NOW);

        OutgoingMail mail = StaffReplyComposer.brazilian().compose(c, "Pronto.", null, NOW);
        assertThat(mail.inReplyTo()).isEqualTo("<b@cliente.test>");
        assertThat(mail.references()).isEqualTo("<a@cliente.test> <r1@triagem> <b@cliente.test>");
        assertThat(mail.body()).contains("Atenciosamente,\nEquipe de Atendimento");
    }

    @Test
    void aCaseWithoutMailHasNoThreadingHeadersAndOneWithoutAnAddressCannotBeMailed() {
        OutgoingMail mail = StaffReplyComposer.brazilian().compose(openCase("maria@example.com", null), "Oi", null, NOW);
        assertThat(mail.inReplyTo()).isNull();
        assertThat(mail.references()).isNull();

        Case phoneOnly = openCase(null, null);
        assertThat(StaffReplyComposer.brazilian().canMail(phoneOnly)).isFalse();
        assertThatThrownBy(() -> StaffReplyComposer.brazilian().compose(phoneOnly, "Oi", null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongThreadKeepsItsRootAndTheLatestReferences() {
        Case c = openCase("maria@example.com", "<root@cliente.test>");
        for (int i = 0; i < 30; i++) {
            c.conversation().replyToCustomer("ana", "r" + i, Channel.EMAIL, "<r" + i + "@triagem>", NOW);
        }
        String[] refs = StaffReplyComposer.brazilian().compose(c, "fim", null, NOW).references().split(" ");
        assertThat(refs).hasSize(StaffReplyComposer.MAX_REFERENCES);
        assertThat(refs[0]).isEqualTo("<root@cliente.test>");
        assertThat(refs[refs.length - 1]).isEqualTo("<r29@triagem>");
    }
}
