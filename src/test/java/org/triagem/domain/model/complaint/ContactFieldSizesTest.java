package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

/** Every channel's contact fits the columns it is stored in; what is cut stays readable on the case. */
class ContactFieldSizesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    @Test
    void cutsAnOverlongWebFormSubjectAndNameAndKeepsBothWholeAtTheHeadOfTheDescription() {
        String subject = "Cobrança ".repeat(40) + "FIM";
        String name = "Maria ".repeat(40) + "Silva";
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, "form-token-1",
                new Customer(name, "maria@example.com", null, null), subject, "Fui cobrada em dobro.", null);

        assertThat(contact.subject()).hasSize(FieldSizes.SUBJECT).endsWith("…").startsWith("Cobrança Cobrança");
        assertThat(contact.customer().name()).hasSize(FieldSizes.CUSTOMER_NAME);
        assertThat(contact.description()).isEqualTo(ContactFitting.HEADING + "\nAssunto: " + subject
                + "\nNome: " + name + "\n\nFui cobrada em dobro.");
    }

    @Test
    void cutsAPhoneContactsOverlongFieldsToTheirColumns() {
        String ivrChoice = "segunda via de conta ".repeat(20);
        String extension = "0800 123 4567 ramal 89 depois falar com a Joana do setor de contas";
        IncomingContact contact = new IncomingContact(Channel.PHONE, "call:" + "x".repeat(300),
                new Customer("João", null, extension, null), "Ligação: " + ivrChoice, "Ligação recebida no SAC.",
                "categoria-".repeat(20)).about(new CallFacts(ivrChoice, false, false));

        assertThat(contact.subject()).hasSize(FieldSizes.SUBJECT);
        assertThat(contact.customer().phone()).isNull();
        assertThat(contact.categoryHint()).hasSize(FieldSizes.CATEGORY);
        assertThat(contact.sourceKey()).hasSize(FieldSizes.SOURCE_KEY).startsWith("call:xxx");
        assertThat(contact.description()).contains("Telefone: " + extension).contains("Assunto: Ligação: " + ivrChoice)
                .endsWith("Ligação recebida no SAC.");
    }

    @Test
    void keepsTwoOverlongSourceKeysThatShareAPrefixApart() {
        String prefix = "imap:host/INBOX:" + "1".repeat(250);

        String a = FieldSizes.fitSourceKey(prefix + ":7");
        String b = FieldSizes.fitSourceKey(prefix + ":8");

        assertThat(a).hasSize(FieldSizes.SOURCE_KEY).isNotEqualTo(b);
        assertThat(FieldSizes.fitSourceKey(prefix + ":7")).isEqualTo(a);
    }

    @Test
    void cutsAnOverlongFileNameKeepingItsExtensionAndDropsAnOverlongContentType() {
        Attachment file = new Attachment("nota".repeat(100) + ".pdf", "application/" + "x".repeat(200), new byte[] {1});

        Attachment kept = new IncomingContact(Channel.EMAIL, null, Customer.anonymous(), "s", "d", null)
                .withAttachments(List.of(file)).attachments().get(0);

        assertThat(kept.fileName()).hasSize(FieldSizes.FILE_NAME).endsWith("….pdf");
        assertThat(kept.contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void anOverlongSubjectIsStoredCutOnTheCaseAndItsMessagesWithTheFullTextInTheDescription() {
        String subject = "Reclamação muito longa ".repeat(20) + "FIM-DO-ASSUNTO";
        IncomingContact contact = new IncomingContact(Channel.EMAIL, "imap:h/INBOX:1:2",
                Customer.anonymous(), subject, "Texto da reclamação.", null);

        Case opened = Case.open(ProtocolNumber.issue(2026, 42), contact, decision(), ClockSettings.standard(), NOW);

        assertThat(opened.firstContact().subject()).hasSize(FieldSizes.SUBJECT);
        assertThat(opened.firstContact().description()).contains(subject).endsWith("Texto da reclamação.");
    }

    @Test
    void leavesAContactThatFitsUntouchedAndDropsNulCharacters() {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null,
                new Customer("Ana", "ana@example.com", "+5511987654321", null), "Assunto\0", "Texto\0 normal", null);

        assertThat(contact.subject()).isEqualTo("Assunto");
        assertThat(contact.description()).isEqualTo("Texto normal");
        assertThat(contact.customer().phone()).isEqualTo("+5511987654321");
    }

    private static RoutingDecision decision() {
        return new RoutingDecision("billing", Set.of("charge"), "Financeiro", Priority.P2,
                new SlaTargets(240, 1440, 7), "sha256:abc", List.of("Charges go to Financeiro"), null);
    }
}
