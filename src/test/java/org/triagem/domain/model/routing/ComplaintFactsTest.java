package org.triagem.domain.model.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.domain.model.routing.SameComplaint.assertIsTheSameComplaint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.CallFacts;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.complaint.Resolution;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;

class ComplaintFactsTest {

    private static final OffsetDateTime MONDAY_9AM = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static Case opened(IncomingContact contact) {
        RoutingDecision decision = new RoutingDecision("Outros", Set.of(), "Atendimento", Priority.P3,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 7), contact, decision, ClockSettings.standard(), MONDAY_9AM);
    }

    @Test
    void aContactGivesTheRulesItsWordsItsPicksAndWhatIntakeKnowsOfTheCustomer() {
        ComplaintFacts facts = ComplaintFacts.of(SameComplaint.contact(),
                CustomerFacts.of(true, SameComplaint.EARLIER_OPEN_CASES, null));

        assertIsTheSameComplaint(facts.complaint());
    }

    @Test
    void aCaseGivesTheRulesTheSameComplaintItWasOpenedFor() {
        Case theCase = opened(SameComplaint.contact());

        // Her open cases now: the earlier one and this one.
        assertIsTheSameComplaint(ComplaintFacts.of(theCase, SameComplaint.EARLIER_OPEN_CASES + 1).complaint());
    }

    @Test
    void aCaseKeepsTheCategoryTheConsumerPickedNotTheOneTheRulesGave() {
        Case theCase = opened(SameComplaint.contact());

        Complaint facts = ComplaintFacts.of(theCase, 1).complaint();

        assertThat(theCase.routing().category()).isEqualTo("Outros");
        assertThat(facts.getCategoryHint()).isEqualTo("cobranca");
        assertThat(facts.hinted("Outros")).isFalse();
    }

    @Test
    void aCaseWithoutAHintGivesNoneRatherThanItsCategory() {
        Case theCase = opened(new IncomingContact(Channel.EMAIL, "uid-1", Customer.anonymous(), "Conta",
                "Cobraram duas vezes.", null));

        assertThat(ComplaintFacts.of(theCase, 0).complaint().getCategoryHint()).isNull();
    }

    @Test
    void aResolvedCaseIsNotAmongTheCustomersOtherOpenCases() {
        Case theCase = opened(SameComplaint.contact());
        theCase.claim("fabio", MONDAY_9AM.plusMinutes(5));
        theCase.resolve("fabio", new Resolution("ESTORNO", "cobranca-duplicada", "Estornado."),
                MONDAY_9AM.plusHours(1));

        assertThat(ComplaintFacts.of(theCase, 2).complaint().getEarlierOpenCases()).isEqualTo(2);
        assertThat(ComplaintFacts.of(opened(SameComplaint.contact()), 0).complaint().getEarlierOpenCases()).isZero();
    }

    @Test
    void aPhoneCaseKeepsTheCallersMenuOption() {
        IncomingContact call = new IncomingContact(Channel.PHONE, "call:c-1", Customer.anonymous(), "Ligação: cobranca",
                "Ligação recebida no SAC.", null).about(new CallFacts("cobranca", false, false));

        Complaint facts = ComplaintFacts.of(opened(call), 1).complaint();

        assertThat(facts.choseInIvr("Cobrança")).isTrue();
        assertThat(facts.isCallDropped()).isFalse();
    }

    @Test
    void aCallOnACaseIsSeenThroughThePhoneWithItsDropAndTheCaseMenuOptionWhenItGivesNone() {
        ComplaintFacts onTheCase = ComplaintFacts.of(opened(SameComplaint.contact()), 2);

        Complaint dropped = onTheCase.viaCall(new CallFacts(null, true, false)).complaint();
        Complaint withOption = onTheCase.viaCall(new CallFacts("entrega", false, true)).complaint();

        assertThat(dropped.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(dropped.isCallDropped()).isTrue();
        assertThat(dropped.getIvrChoice()).isNull();
        assertThat(dropped.getCategoryHint()).isEqualTo("cobranca");
        assertThat(dropped.getEarlierOpenCases()).isEqualTo(1);
        assertThat(withOption.getIvrChoice()).isEqualTo("entrega");
        assertThat(withOption.isCallbackRequested()).isTrue();
    }

    @Test
    void everyFieldReachesTheRules() {
        ComplaintFacts facts = new ComplaintFacts(Channel.PHONE, "Assunto", "Texto", "entrega",
                new CallFacts("financeiro", true, true), new CustomerFacts(true, 3, 12, "VIP"));

        assertThat(SameComplaint.fieldsOf(facts.complaint())).containsEntry("getChannel", Channel.PHONE)
                .containsEntry("getSubject", "Assunto").containsEntry("getDescription", "Texto")
                .containsEntry("getCategoryHint", "entrega").containsEntry("getIvrChoice", "financeiro")
                .containsEntry("isCallDropped", true).containsEntry("isCallbackRequested", true)
                .containsEntry("isCustomerIdentified", true).containsEntry("getEarlierOpenCases", 3)
                .containsEntry("isRepeatContact", true).containsEntry("getMinutesSinceOpenCase", 12)
                .containsEntry("getCustomerSegment", "VIP")
                .hasSameSizeAs(SameComplaint.FIELDS);
    }

    /** One mapping: a second place that builds a Complaint field by field is how fields drifted apart. */
    @Test
    void onlyComplaintFactsBuildsAComplaintInTheMainSources() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> builders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("org/triagem/domain/model/routing/Complaint.java")))
                    .filter(p -> read(p).contains("Complaint.builder()") || read(p).contains("new Complaint("))
                    .map(p -> main.relativize(p).toString().replace('\\', '/'))
                    .toList();

            assertThat(builders).containsExactly("org/triagem/domain/model/routing/ComplaintFacts.java");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
