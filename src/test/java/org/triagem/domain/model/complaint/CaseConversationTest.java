package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

/** Staff replies and notes on a case, and the mail thread they keep. */
class CaseConversationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    static Case openedByMail(String messageId) {
        IncomingContact contact = new IncomingContact(Channel.EMAIL, "imap:x:1:1",
                new Customer("Maria", "maria@example.com", null, null), "Cobrança", "Cobrança em dobro", null)
                .withMailMessageId(messageId);
        RoutingDecision decision = new RoutingDecision("billing", Set.of(), "Financeiro", Priority.P2,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 42), contact, decision, ClockSettings.standard(), NOW);
    }

    private static IncomingContact customerMail(String messageId) {
        return new IncomingContact(Channel.EMAIL, "imap:x:1:" + messageId, Customer.anonymous(), "Re: Cobrança",
                "Ainda nada", null).withMailMessageId(messageId);
    }

    @Test
    void aReplyIsRecordedWithItsAuthorAndHistoryAndTheCaseKeepsItsStatus() {
        Case c = openedByMail("<a@cliente.test>");
        CaseMessage reply = c.conversation().replyToCustomer("ana", "Estornamos o valor.", Channel.EMAIL, "<r1@triagem>", NOW);

        assertThat(reply.kind()).isEqualTo(CaseMessage.Kind.REPLY);
        assertThat(reply.author()).isEqualTo("ana");
        assertThat(c.conversation().messages()).containsExactly(reply);
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
        assertThat(c.history()).filteredOn(e -> e.type() == CaseEvent.Type.STAFF_REPLY).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("ana"));
        // The answer is the case's first response: that clock stops, met.
        assertThat(c.history()).last().satisfies(e -> assertThat(e.type()).isEqualTo(CaseEvent.Type.SLA_MET));
    }

    @Test
    void theThreadRunsFromTheOpeningMailThroughRepliesButSkipsNotes() {
        Case c = openedByMail("<a@cliente.test>");
        c.conversation().replyToCustomer("ana", "Verificando.", Channel.EMAIL, "<r1@triagem>", NOW);
        c.conversation().addInternalNote("ana", "Ligar para o financeiro", NOW);
        c.conversation().receiveFromCustomer(customerMail("<b@cliente.test>"), Duration.ofDays(7), ClockSettings.standard(), NOW);

        assertThat(c.conversation().mailThread()).containsExactly("<a@cliente.test>", "<r1@triagem>", "<b@cliente.test>");
        assertThat(c.conversation().lastCustomerMailId()).isEqualTo("<b@cliente.test>");
    }

    @Test
    void withoutLaterMailTheOpeningMailIsTheOneToAnswer() {
        assertThat(openedByMail("<a@cliente.test>").conversation().lastCustomerMailId()).isEqualTo("<a@cliente.test>");
        assertThat(openedByMail(null).conversation().mailThread()).isEmpty();
    }

    @Test
    void aClosedCaseTakesNoReplyButStillANote() {
        Case c = openedByMail("<a@cliente.test>");
        c.resolve("ana", new Resolution("RESOLVIDO", "outros", null), NOW);
        c.close("ana", NOW);

        assertThatThrownBy(() -> c.conversation().replyToCustomer("ana", "Oi", Channel.EMAIL, "<r@triagem>", NOW))
                .isInstanceOf(CaseNotAnswerableException.class).hasMessageContaining("CLOSED");
        assertThat(c.conversation().addInternalNote("ana", "cliente ligou", NOW).kind()).isEqualTo(CaseMessage.Kind.NOTE);
    }

    @Test
    void aResolvedCaseStillTakesAReply() {
        Case c = openedByMail("<a@cliente.test>");
        c.resolve("ana", new Resolution("RESOLVIDO", "outros", null), NOW);
        assertThat(c.conversation().acceptsReplies()).isTrue();
    }

    @Test
    void aMessageIdTooLongToKeepIsDroppedNotCut() {
        assertThat(openedByMail("<" + "x".repeat(1000) + "@a>").conversation().mailThread()).isEmpty();
    }
}
