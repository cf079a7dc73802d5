package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

/** What each action records: who, what, and the values before and after. */
class CaseWorkTest {

    private static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aTransferRecordsBothDepartmentsAndTheReasonAndEmptiesTheAssignee() {
        Case c = CaseStateMachineTest.caseIn(CaseStatus.IN_PROGRESS);
        RoutingDecision again = new RoutingDecision("Entrega", Set.of(), "Logística", Priority.P2,
                new SlaTargets(60, 480, 7), "v2", List.of("Deliveries go to Logística"), null);
        OffsetDateTime legal = c.routing().legalDeadline();

        c.transferTo("Logística", again, "é sobre a entrega", "bia", ClockSettings.standard(), T);

        assertThat(c.department()).isEqualTo("Logística");
        assertThat(c.priority()).isEqualTo(Priority.P2);
        assertThat(c.routing().ruleSetVersion()).isEqualTo("v2");
        assertThat(c.routing().firedRules()).containsExactly("Deliveries go to Logística");
        assertThat(c.routing().legalDeadline()).isEqualTo(legal);
        assertThat(c.assignee()).isNull();
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
        assertThat(c.history()).filteredOn(e -> e.type() == CaseEvent.Type.TRANSFERRED).singleElement()
                .satisfies(e -> {
                    assertThat(e.valueBefore()).isEqualTo("Financeiro");
                    assertThat(e.valueAfter()).isEqualTo("Logística");
                    assertThat(e.detail()).isEqualTo("é sobre a entrega");
                    assertThat(e.actor()).isEqualTo("bia");
                });
        assertThat(c.history()).filteredOn(e -> e.type() == CaseEvent.Type.REDECIDED).singleElement()
                .satisfies(e -> assertThat(e.valueBefore() + "→" + e.valueAfter()).isEqualTo("P3→P2"));
    }

    @Test
    void aTransferThatKeepsTheDecisionsChangesOnlyTheDepartment() {
        Case c = CaseStateMachineTest.caseIn(CaseStatus.NEW);
        c.transferTo("Logística", null, "entrega", "bia", ClockSettings.standard(), T);
        assertThat(c.priority()).isEqualTo(Priority.P3);
        assertThat(c.history()).noneMatch(e -> e.type() == CaseEvent.Type.REDECIDED);
    }

    @Test
    void aTransferNeedsAnotherDepartmentAndAReason() {
        Case c = CaseStateMachineTest.caseIn(CaseStatus.NEW);
        assertThatThrownBy(() -> c.transferTo("Financeiro", null, "x", "bia", ClockSettings.standard(), T))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.transferTo("Logística", null, " ", "bia", ClockSettings.standard(), T))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMergeKeepsBothHistoriesAndPointsAtTheSurvivor() {
        Case survivor = CaseStateMachineTest.openCase();
        Case duplicate = CaseStateMachineTest.openCase();
        duplicate.merge().into(survivor, "bia", T);
        assertThat(duplicate.status()).isEqualTo(CaseStatus.MERGED);
        assertThat(duplicate.mergedInto()).isEqualTo(survivor.protocol().value());
        assertThat(duplicate.history()).first().satisfies(e -> assertThat(e.type()).isEqualTo(CaseEvent.Type.OPENED));
        assertThat(survivor.history()).extracting(CaseEvent::type)
                .containsExactly(CaseEvent.Type.OPENED, CaseEvent.Type.MERGED);
        assertThat(survivor.status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void aMergeCopiesTheMergedCasesWordsMessagesAndFilesIntoTheSurvivor() {
        Case survivor = CaseStateMachineTest.openCase();
        Case duplicate = CaseStateMachineTest.openCase();
        duplicate.conversation().addInternalNote("bia", "cliente ligou de novo", T);
        duplicate.conversation().receiveFromCustomer(Channel.EMAIL, "Re: Cobrança", "segue o comprovante",
                List.of(new Attachment("comprovante.pdf", "application/pdf", new byte[] {1, 2})), java.time.Duration.ofDays(7),
                ClockSettings.standard(), T.plusMinutes(1));

        duplicate.merge().into(survivor, "bia", T.plusMinutes(2));

        assertThat(survivor.conversation().messages()).extracting(CaseMessage::body)
                .containsExactly("Cobrança em dobro", "cliente ligou de novo", "segue o comprovante");
        assertThat(survivor.conversation().messages()).extracting(CaseMessage::kind).containsExactly(
                CaseMessage.Kind.CUSTOMER, CaseMessage.Kind.NOTE, CaseMessage.Kind.CUSTOMER);
        assertThat(survivor.conversation().attachments()).extracting(CaseAttachment::fileName)
                .containsExactly("comprovante.pdf");
        assertThat(duplicate.conversation().messages()).hasSize(2);
        assertThat(survivor.history()).last().satisfies(e -> assertThat(e.detail()).contains("3 message(s)"));
    }

    @Test
    void aCaseMarkedAsADuplicateEndsPointingAtTheOriginalWhateverItsStatus() {
        Case original = CaseStateMachineTest.caseIn(CaseStatus.RESOLVED);
        Case repeat = CaseStateMachineTest.caseIn(CaseStatus.IN_PROGRESS);

        repeat.merge().markDuplicateOf(original, "bia", T);

        assertThat(repeat.status()).isEqualTo(CaseStatus.DUPLICATE);
        assertThat(repeat.mergedInto()).isEqualTo(original.protocol().value());
        assertThat(repeat.conversation().acceptsReplies()).isFalse();
        assertThat(original.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(original.history()).last().satisfies(e -> assertThat(e.type())
                .isEqualTo(CaseEvent.Type.DUPLICATE_MARKED));
        assertThat(original.conversation().messages()).isEmpty();
        assertThatThrownBy(() -> CaseStateMachineTest.openCase().merge().markDuplicateOf(repeat, "bia", T))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseCannotBeMergedIntoItselfOrIntoAClosedCase() {
        Case c = CaseStateMachineTest.openCase();
        assertThatThrownBy(() -> c.merge().into(c, "bia", T)).isInstanceOf(IllegalArgumentException.class);
        Case closed = CaseStateMachineTest.caseIn(CaseStatus.CLOSED);
        assertThatThrownBy(() -> c.merge().into(closed, "bia", T)).isInstanceOf(IllegalArgumentException.class);
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void anAssignmentRecordsTheAgentBeforeAndAfterAndHowTheyWereChosen() {
        Case c = CaseStateMachineTest.caseIn(CaseStatus.ASSIGNED);
        c.assignTo("bia", "sofia", HowAssigned.byStrategy("LEAST_LOADED", 3, 2), T);
        assertThat(c.assignee()).isEqualTo("bia");
        assertThat(c.history()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CaseEvent.Type.ASSIGNMENT);
            assertThat(e.valueBefore()).isEqualTo("ana");
            assertThat(e.valueAfter()).isEqualTo("bia");
            assertThat(e.actor()).isEqualTo("sofia");
            assertThat(e.detail()).contains("LEAST_LOADED");
            assertThat(e.params()).containsEntry("cause", "BY_STRATEGY").containsEntry("strategy", "LEAST_LOADED")
                    .containsEntry("present", "3").containsEntry("load", "2");
        });
    }

    @Test
    void aResolutionNeedsACodeAndARootCause() {
        assertThatThrownBy(() -> new Resolution(null, "sistema", null)).hasMessageContaining("resolution code");
        assertThatThrownBy(() -> new Resolution("OK", " ", null)).hasMessageContaining("root-cause");
    }
}
