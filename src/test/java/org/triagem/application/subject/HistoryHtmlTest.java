package org.triagem.application.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.w3c.dom.Document;

/**
 * The history document: what the customer and the SAC exchanged, never staff's notes, and complaint text
 * escaped so that it stays text whatever it holds.
 */
class HistoryHtmlTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));
    private static final String HOSTILE = "<script>alert('x')</script><img src=\"http://evil.test/p.png\"/>"
            + " & \"aspas\" \u0000\u0007 fim";

    private static Case opened(String description, long sequence) {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, "form:" + sequence,
                new Customer("Maria Souza", "maria@example.com", null, "52998224725"), "Cobrança <b>", description,
                null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of(), "Financeiro", Priority.P3,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, sequence), contact, decision, ClockSettings.standard(), NOW);
    }

    private static String rendered(Case... cases) {
        return HistoryHtml.render(CustomerHistory.of("Maria <Souza>", List.of(cases), NOW));
    }

    @Test
    void holdsEveryCaseWithItsExchangeAndNoInternalNote() {
        Case first = opened("Fui cobrada duas vezes.", 11);
        first.conversation().replyToCustomer("fabio", "Estornamos o valor em dobro.", Channel.EMAIL, "<r@t>", NOW);
        first.conversation().addInternalNote("fabio", "cliente insistente, checar fraude", NOW);
        Case second = opened("A entrega não chegou.", 12);

        String html = rendered(first, second);

        assertThat(html).contains(first.protocol().value(), second.protocol().value(), "Fui cobrada duas vezes.",
                "Estornamos o valor em dobro.", "A entrega não chegou.", "Demandas: 2", "Recebida");
        assertThat(html).doesNotContain("checar fraude");
    }

    @Test
    void escapesComplaintTextSoNoMarkupOrReferenceGetsThrough() throws Exception {
        String html = rendered(opened(HOSTILE, 13));

        assertThat(html).doesNotContain("<script", "<img", "Cobrança <b>", "Maria <Souza>", "\u0000", "\u0007");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "&lt;img src=&quot;http://evil.test/p.png&quot;/&gt;", "&amp; &quot;aspas&quot;", "Maria &lt;Souza&gt;");
        // Well-formed XML, as the PDF renderer needs: the text is one text node, not elements.
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
        assertThat(parsed.getElementsByTagName("img").getLength()).isZero();
        assertThat(parsed.getDocumentElement().getTextContent()).contains("<script>alert('x')</script>");
    }

    @Test
    void keepsCharactersOutsideLatin1AsTextAndDropsLoneSurrogates() {
        assertThat(Xhtml.escape("ação \uD83D\uDE00 x\uD800y")).isEqualTo("ação \uD83D\uDE00 xy");
    }
}
