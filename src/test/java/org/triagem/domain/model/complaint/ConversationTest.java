package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;

/** The conversation part on its own: messages and files kept in order, and the mail thread they make. */
class ConversationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    private static Case opened(String mailId) {
        IncomingContact contact = new IncomingContact(Channel.EMAIL, "imap:x:1:1", Customer.anonymous(), "Cobrança",
                "Cobrança em dobro", null).withMailMessageId(mailId);
        RoutingDecision decision = new RoutingDecision("billing", Set.of(), "Financeiro", Priority.P3,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 5), contact, decision, ClockSettings.standard(), NOW);
    }

    private static Attachment file(String name) {
        return new Attachment(name, "application/pdf", new byte[] {1, 2, 3});
    }

    private static IncomingContact mail(String subject, String body, List<Attachment> files, String mailId) {
        return new IncomingContact(Channel.EMAIL, "imap:x:1:2", Customer.anonymous(), subject, body, null)
                .withAttachments(files).withMailMessageId(mailId);
    }

    @Test
    void keepsWhatTheCustomerSentWithItsFilesAndSaysSoInTheHistory() {
        Case c = opened(null);
        c.conversation().receiveFromCustomer(mail("Re: Cobrança", "segue o boleto", List.of(file("boleto.pdf")),
                "<b@cliente.test>"), REOPEN_WINDOW, ClockSettings.standard(), NOW);

        CaseMessage received = c.conversation().messages().get(0);
        assertThat(received.kind()).isEqualTo(CaseMessage.Kind.CUSTOMER);
        assertThat(received.author()).isNull();
        assertThat(c.conversation().attachments()).singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("boleto.pdf"));
        assertThat(c.history()).extracting(CaseEvent::type).endsWith(CaseEvent.Type.CUSTOMER_MESSAGE);
    }

    @Test
    void aReplyAndANoteAreKeptInOrderWithTheirAuthors() {
        Case c = opened(null);
        CaseMessage reply = c.conversation().replyToCustomer("ana", "Estornamos.", Channel.EMAIL, "<r1@triagem>", NOW);
        CaseMessage note = c.conversation().addInternalNote("ana", "ligar amanhã", NOW);

        assertThat(c.conversation().messages()).containsExactly(reply, note);
        assertThat(reply.kind()).isEqualTo(CaseMessage.Kind.REPLY);
        assertThat(note.kind()).isEqualTo(CaseMessage.Kind.NOTE);
        assertThat(note.channel()).isNull();
        assertThat(c.history()).extracting(CaseEvent::type)
                .contains(CaseEvent.Type.STAFF_REPLY, CaseEvent.Type.INTERNAL_NOTE);
    }

    @Test
    void theThreadStartsAtTheOpeningMailAndSkipsNotes() {
        Case c = opened("<a@cliente.test>");
        c.conversation().replyToCustomer("ana", "Verificando.", Channel.EMAIL, "<r1@triagem>", NOW);
        c.conversation().addInternalNote("ana", "interno", NOW);
        c.conversation().receiveFromCustomer(mail("Re:", "E aí?", List.of(), "<b@cliente.test>"), REOPEN_WINDOW,
                ClockSettings.standard(), NOW);

        assertThat(c.conversation().mailThread())
                .containsExactly("<a@cliente.test>", "<r1@triagem>", "<b@cliente.test>");
        assertThat(c.conversation().lastCustomerMailId()).isEqualTo("<b@cliente.test>");
    }

    @Test
    void ourOwnRepliesAreNeverTheMailToAnswer() {
        Case c = opened("<a@cliente.test>");
        c.conversation().replyToCustomer("ana", "Verificando.", Channel.EMAIL, "<r1@triagem>", NOW);

        assertThat(c.conversation().lastCustomerMailId()).isEqualTo("<a@cliente.test>");
        assertThat(opened(null).conversation().lastCustomerMailId()).isNull();
    }
}
