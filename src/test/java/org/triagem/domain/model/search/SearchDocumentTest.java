package org.triagem.domain.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;

/** What of a case a search can find, by weight. */
class SearchDocumentTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static Case opened(Customer customer) {
        IncomingContact contact = new IncomingContact(Channel.EMAIL, "imap:x:1:1", customer, "Cobrança indevida",
                "Fui cobrado duas vezes na fatura.", null).withMailMessageId("<a@cliente.test>");
        RoutingDecision decision = new RoutingDecision("cobranca", Set.of(), "Financeiro", Priority.P2,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 42), contact, decision, ClockSettings.standard(), NOW);
    }

    @Test
    void theHeadingIsTheProtocolTheCustomersNameAndTheSubject() {
        Case c = opened(new Customer("Iracema Conceição", "iracema@example.com", null, null));

        SearchDocument d = SearchDocument.of(c);

        assertThat(d.heading()).isEqualTo(c.protocol().value() + " Iracema Conceição Cobrança indevida");
        assertThat(d.description()).isEqualTo("Fui cobrado duas vezes na fatura.");
        assertThat(d.conversation()).isEmpty();
    }

    @Test
    void anAnonymousCustomerLeavesOnlyTheProtocolAndSubject() {
        assertThat(SearchDocument.of(opened(Customer.anonymous())).heading())
                .isEqualTo(ProtocolNumber.issue(2026, 42).value() + " Cobrança indevida");
    }

    @Test
    void theConversationHoldsEveryMessageOldestFirstNotesToo() {
        Case c = opened(Customer.anonymous());
        c.conversation().replyToCustomer("ana", "Estorno solicitado.", Channel.EMAIL, "<r1@triagem>", NOW.plusHours(1));
        c.conversation().addInternalNote("ana", "Conferir com o banco.", NOW.plusHours(2));
        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re: Cobrança", "Ainda não caiu.", List.of(),
                java.time.Duration.ofDays(7), ClockSettings.standard(), NOW.plusHours(3));

        assertThat(SearchDocument.of(c).conversation())
                .isEqualTo("Estorno solicitado. Conferir com o banco. Re: Cobrança Ainda não caiu.");
    }

    @Test
    void aHugeDescriptionCountsUpToItsLimit() {
        SearchDocument d = SearchDocument.of("20260000000018", null, "Assunto", "x".repeat(300_000), List.of());

        assertThat(d.description()).hasSize(SearchDocument.DESCRIPTION_LIMIT);
    }

    @Test
    void aLongConversationKeepsItsNewestMessages() {
        String old = "antiga " + "a".repeat(60_000);
        String middle = "meio " + "b".repeat(80_000);
        String newest = "recente " + "c".repeat(30_000);

        String conversation = SearchDocument.of("20260000000018", null, null, "d", List.of(old, middle, newest))
                .conversation();

        assertThat(conversation.length()).isLessThanOrEqualTo(SearchDocument.CONVERSATION_LIMIT);
        assertThat(conversation).contains("recente").contains("meio").doesNotContain("antiga");
    }
}
