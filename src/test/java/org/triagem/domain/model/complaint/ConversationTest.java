package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;

/** The conversation part on its own: messages and files kept in order, and the mail thread they make. */
class ConversationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    private final List<CaseMessage> messages = new ArrayList<>();
    private final List<CaseAttachment> attachments = new ArrayList<>();

    private static Case owner() {
        IncomingContact contact = new IncomingContact(Channel.EMAIL, "imap:x:1:1", Customer.anonymous(), "Cobrança",
                "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of(), "Financeiro", Priority.P3,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 5), contact, decision, ClockSettings.standard(), NOW);
    }

    private Conversation openedBy(String mailId) {
        return new Conversation(owner(), messages, attachments, mailId);
    }

    private static Attachment file(String name) {
        return new Attachment(name, "application/pdf", new byte[] {1, 2, 3});
    }

    @Test
    void keepsWhatTheCustomerSentWithItsFiles() {
        CaseMessage received = openedBy(null).receive(Channel.EMAIL, "Re: Cobrança", "segue o boleto",
                List.of(file("boleto.pdf")), "<b@cliente.test>", NOW);

        assertThat(messages).containsExactly(received);
        assertThat(received.kind()).isEqualTo(CaseMessage.Kind.CUSTOMER);
        assertThat(received.author()).isNull();
        assertThat(attachments).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("boleto.pdf"));
    }

    @Test
    void aReplyAndANoteAreKeptInOrderWithTheirAuthors() {
        Conversation conversation = openedBy(null);
        CaseMessage reply = conversation.reply("ana", "Estornamos.", Channel.EMAIL, "<r1@triagem>", NOW);
        CaseMessage note = conversation.note("ana", "ligar amanhã", NOW);

        assertThat(messages).containsExactly(reply, note);
        assertThat(reply.kind()).isEqualTo(CaseMessage.Kind.REPLY);
        assertThat(note.kind()).isEqualTo(CaseMessage.Kind.NOTE);
        assertThat(note.channel()).isNull();
    }

    @Test
    void theThreadStartsAtTheOpeningMailAndSkipsNotes() {
        Conversation conversation = openedBy("<a@cliente.test>");
        conversation.reply("ana", "Verificando.", Channel.EMAIL, "<r1@triagem>", NOW);
        conversation.note("ana", "interno", NOW);
        conversation.receive(Channel.EMAIL, "Re:", "E aí?", List.of(), "<b@cliente.test>", NOW);

        assertThat(conversation.mailThread()).containsExactly("<a@cliente.test>", "<r1@triagem>", "<b@cliente.test>");
        assertThat(conversation.lastCustomerMailId()).isEqualTo("<b@cliente.test>");
    }

    @Test
    void ourOwnRepliesAreNeverTheMailToAnswer() {
        Conversation conversation = openedBy("<a@cliente.test>");
        conversation.reply("ana", "Verificando.", Channel.EMAIL, "<r1@triagem>", NOW);

        assertThat(conversation.lastCustomerMailId()).isEqualTo("<a@cliente.test>");
        assertThat(openedBy(null).lastCustomerMailId()).isNull();
    }
}
