package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaCheckpoint;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * Every history entry says what happened as codes and values a page can word in any language: only the
 * parameters its type names, a cause among its type's causes, no English sentence among the values.
 */
class CaseEventParamsTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));
    private static final ClockSettings SETTINGS = ClockSettings.standard();

    private static Case open(int sequence) {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null,
                new Customer("Maria", "maria@example.com", "+55 11 98765-4321", null), "Cobrança", "Cobrança em dobro",
                null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of("charge"), "Financeiro", Priority.P3,
                new SlaTargets(240, 1440, 7), "sha256:abc", List.of("Charges go to Financeiro"), null);
        return Case.open(ProtocolNumber.issue(2026, sequence), contact, decision, SETTINGS, T0);
    }

    /** A case taken through every verb that writes its history; the duplicate merged into it. */
    private static List<CaseEvent> everyKindOfEntry() {
        Case c = open(1);
        c.claim("ana", T0.plusMinutes(5));
        c.startWork("ana", SETTINGS, T0.plusMinutes(6));
        c.awaitCustomer("ana", T0.plusMinutes(10));
        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re: Cobrança", "Segue o comprovante", List.of(),
                Duration.ofDays(7), SETTINGS, T0.plusMinutes(40));
        c.conversation().replyToCustomer("ana", "Recebido, obrigado.", Channel.EMAIL, "<r1@triagem>", T0.plusHours(1));
        c.conversation().addInternalNote("ana", "Cliente antigo.", T0.plusHours(1));
        c.call().record("ura", CallNote.updated("cobranca", "ligou de novo"), T0.plusHours(2));
        c.call().record("ura", CallNote.ended(95, "resolved", "rec-1"), T0.plusHours(2));
        c.call().record("ura", CallNote.ivrSurveyAnswered(), T0.plusHours(2));
        c.call().identifyCustomer(new Customer(null, null, null, "52998224725"), "ura", T0.plusHours(2));
        c.call().raisePriorityTo(Priority.P2, Channel.PHONE, T0.plusHours(2));
        c.call().requireCallback(CallNote.dropped(12), new SlaTargets(60, 480, 7), T0.plusHours(2));
        c.call().requireCallback(CallNote.callbackRequested(), new SlaTargets(60, 480, 7), T0.plusHours(2));
        c.assignTo("bia", "sofia", HowAssigned.bySupervisor("sofia"), T0.plusHours(3));
        c.assignTo("caio", "sofia", HowAssigned.byStrategy("LEAST_LOADED", 3, 2), T0.plusHours(3));
        SlaCheckpoint due = c.sla().checkpoints().stream().filter(k -> k.clock() == CheckpointClock.RESOLUTION)
                .findFirst().orElseThrow();
        EscalationDecision decision = new EscalationDecision(c.escalation().fact(due));
        decision.notifySupervisor();
        decision.raisePriorityTo(Priority.P1);
        decision.moveTo("Ouvidoria");
        decision.note("Cliente com reclamação no Procon");
        c.escalation().apply(due, decision, SETTINGS, T0.plusHours(4));
        c.assignTo("edu", "sofia", HowAssigned.bySupervisor("sofia"), T0.plusHours(4));
        c.transferTo("Logística", decided("Logística"), "é sobre a entrega", "sofia", SETTINGS, T0.plusHours(5));
        c.assignTo("dani", "sofia", HowAssigned.bySupervisor("sofia"), T0.plusHours(5));
        c.unassign("sofia", T0.plusHours(5));
        c.startWork("dani", SETTINGS, T0.plusHours(6));
        c.resolve("dani", new Resolution("ESTORNO", "cobranca-duplicada", "estorno feito"), T0.plusHours(7));
        c.reopen("dani", SETTINGS, T0.plusHours(8));
        Case duplicate = open(2);
        duplicate.merge().into(c, "dani", T0.plusHours(9));
        Case repeat = open(3);
        repeat.merge().markDuplicateOf(c, "dani", T0.plusHours(9));
        c.conversation().replyToCustomer("dani", "Sem e-mail.", null, null, T0.plusHours(9));
        c.personalData().reveal(PersonalField.PHONE, "dani", "retornar a ligação da cliente", T0.plusHours(9));
        c.resolve("dani", new Resolution("ESTORNO", "cobranca-duplicada", null), T0.plusHours(10));
        c.contact().correct("Maria Souza", "maria@example.com", "(11) 98765-4321", "dani", "a cliente pediu",
                T0.plusHours(10));
        c.close("dani", T0.plusHours(11));
        List<CaseEvent> all = new ArrayList<>(c.history());
        all.addAll(duplicate.history());
        all.addAll(repeat.history());
        return all;
    }

    private static RoutingDecision decided(String department) {
        return new RoutingDecision("billing", Set.of("charge"), department, Priority.P1, new SlaTargets(60, 480, 7),
                "sha256:def", List.of("Entregas vão para a Logística"), null);
    }

    @Test
    void theWalkThroughWritesEveryTypeOfEntry() {
        Set<CaseEvent.Type> written = EnumSet.noneOf(CaseEvent.Type.class);
        everyKindOfEntry().forEach(e -> written.add(e.type()));
        assertThat(written).containsExactlyInAnyOrder(CaseEvent.Type.values());
    }

    @Test
    void everyEntryCarriesOnlyTheParametersAndCausesItsTypeNames() {
        for (CaseEvent e : everyKindOfEntry()) {
            for (Map.Entry<String, String> p : e.params().entrySet()) {
                String name = p.getKey();
                if (name.equals("cause")) {
                    assertThat(e.type().causes()).as("causes of %s", e.type()).contains(p.getValue());
                } else {
                    // a clock's own parameters sit under its name: FIRST_RESPONSE.due
                    String bare = name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
                    assertThat(e.type().params()).as("parameters of %s", e.type()).contains(bare);
                    if (name.contains(".")) {
                        assertThat(CheckpointClock.valueOf(name.substring(0, name.indexOf('.')))).isNotNull();
                    }
                }
            }
            if (!e.type().causes().isEmpty()) {
                assertThat(e.params()).as("%s: %s", e.type(), e.detail()).containsKey("cause");
            }
        }
    }

    @Test
    void everyCauseATypeNamesIsWrittenSomewhere() {
        List<CaseEvent> all = everyKindOfEntry();
        for (CaseEvent.Type type : CaseEvent.Type.values()) {
            for (String cause : type.causes()) {
                assertThat(all).as("%s %s", type, cause)
                        .anyMatch(e -> e.type() == type && cause.equals(e.params().get("cause")));
            }
        }
    }

    @Test
    void theValuesAreCodesNamesAndTimesNotSentences() {
        List<CaseEvent> all = everyKindOfEntry();
        CaseEvent opened = all.get(0);
        assertThat(opened.params()).containsExactly(Map.entry("channel", "WEB_FORM"),
                Map.entry("department", "Financeiro"), Map.entry("priority", "P3"));
        assertThat(opened.detail()).isEqualTo("opened via WEB_FORM, routed to Financeiro at P3");
        assertThat(all).filteredOn(e -> e.type() == CaseEvent.Type.SLA_MET).first().satisfies(e -> {
            assertThat(e.params()).containsEntry("clocks", "FIRST_RESPONSE")
                    .containsEntry("FIRST_RESPONSE.late", "false").containsKey("FIRST_RESPONSE.due");
            assertThat(OffsetDateTime.parse(e.params().get("FIRST_RESPONSE.due"))).isAfter(T0);
        });
        assertThat(all).filteredOn(e -> e.type() == CaseEvent.Type.ESCALATED).singleElement().satisfies(e ->
                assertThat(e.params()).containsEntry("clock", "RESOLUTION").containsEntry("level", "1")
                        .containsEntry("supervisorNotified", "true").containsEntry("priorityAfter", "P1")
                        .containsEntry("notes", "Cliente com reclamação no Procon"));
        assertThat(all).filteredOn(e -> e.type() == CaseEvent.Type.TRANSFERRED).singleElement().satisfies(e ->
                assertThat(e.params()).containsExactly(Map.entry("reason", "é sobre a entrega")));
        assertThat(all).filteredOn(e -> e.type() == CaseEvent.Type.CUSTOMER_IDENTIFIED).singleElement()
                .satisfies(e -> assertThat(e.params().get("cpf")).doesNotContain("52998224725").contains("*"));
        assertThat(all).filteredOn(e -> e.type() == CaseEvent.Type.STAFF_REPLY).extracting(e -> e.params().get("channel"))
                .containsExactly("EMAIL", null);
    }

    @Test
    void entriesWrittenBeforeTheParametersHaveNone() {
        CaseEvent old = new CaseEvent();
        assertThat(old.params()).isEmpty();
        assertThat(new EventParamsConverter().convertToEntityAttribute(null)).isEmpty();
    }

    @Test
    void theParametersRoundTripThroughTheirColumn() {
        EventParamsConverter column = new EventParamsConverter();
        Map<String, String> params = EventDetail.resolved(new Resolution("ESTORNO", "cobrança \"dupla\"", "a\nb"))
                .params();
        String json = column.convertToDatabaseColumn(params);
        assertThat(json).startsWith("{\"cause\":\"RESOLVED\"");
        assertThat(column.convertToEntityAttribute(json)).isEqualTo(params);
        assertThat(column.convertToDatabaseColumn(Map.of())).isNull();
    }
}
