package org.triagem.domain.model.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which versions may be activated, and what an override leaves behind. */
class RuleSetVersionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aVersionThatDoesNotCompileCanNeverBeActivated() {
        RuleSetVersion broken = proposed();
        broken.markValidated(List.of(new CompileProblem("priority/priority.drl", 12, "mismatched input")),
                List.of(), NOW);

        assertThat(broken.isValid()).isFalse();
        assertThatThrownBy(() -> broken.activate("ana", NOW, "urgent"))
                .isInstanceOf(RuleSetNotActivatableException.class).hasMessageContaining("does not compile");
        assertThat(broken.lastActivatedAt()).isNull();
    }

    @Test
    void aRedVersionNeedsAWrittenReasonAndTheOverrideIsRecorded() {
        RuleSetVersion red = proposed();
        red.markValidated(List.of(), List.of(new ScenarioMismatch("scenarios/intake.csv", 3,
                "expected_department", "Financeiro", "Comercial")), NOW);

        assertThat(red.isValid()).isTrue();
        assertThat(red.isGreen()).isFalse();
        assertThatThrownBy(() -> red.activate("ana", NOW, "  ")).isInstanceOf(RuleSetNotActivatableException.class)
                .hasMessageContaining("override reason");

        red.activate("ana", NOW, "Financeiro is on strike; Comercial answers charges this week");

        assertThat(red.overrideReason()).startsWith("Financeiro is on strike");
        assertThat(red.overrideBy()).isEqualTo("ana");
        assertThat(red.overrideAt()).isEqualTo(NOW);
        assertThat(red.lastActivatedBy()).isEqualTo("ana");
    }

    @Test
    void aGreenVersionActivatesWithoutOverride() {
        RuleSetVersion green = proposed();
        green.markValidated(List.of(), List.of(), NOW);

        green.activate("ana", NOW, null);

        assertThat(green.isGreen()).isTrue();
        assertThat(green.lastActivatedAt()).isEqualTo(NOW);
        assertThat(green.overrideReason()).isNull();
    }

    @Test
    void anUnvalidatedVersionCannotBeActivated() {
        assertThatThrownBy(() -> proposed().activate("ana", NOW, "reason"))
                .isInstanceOf(RuleSetNotActivatableException.class);
    }

    @Test
    void theLabelCarriesTheNumberAndTheChecksum() {
        assertThat(RuleSetVersion.label(3, "ab".repeat(32))).isEqualTo("v3 sha256:abababababababab");
    }

    @Test
    void whereASecondApprovalIsRequiredARedVersionWaitsForAnotherAnalyst() {
        RuleSetVersion red = red();

        assertThatThrownBy(() -> red.activate("ana", NOW, "Financeiro em greve", true))
                .isInstanceOf(RuleSetApprovalException.class)
                .extracting(e -> ((RuleSetApprovalException) e).kind()).isEqualTo(RuleSetApprovalException.Kind.NEEDED);
        assertThatThrownBy(() -> red.approve("ana", NOW)).isInstanceOf(RuleSetApprovalException.class)
                .extracting(e -> ((RuleSetApprovalException) e).kind())
                .isEqualTo(RuleSetApprovalException.Kind.OWN_PROPOSAL);
        assertThat(red.lastActivatedAt()).isNull();

        red.approve("artur", NOW.plusMinutes(5));
        red.activate("ana", NOW.plusMinutes(6), "Financeiro em greve", true);

        assertThat(red.approvedBy()).isEqualTo("artur");
        assertThat(red.approvedAt()).isEqualTo(NOW.plusMinutes(5));
        assertThat(red.overrideBy()).isEqualTo("ana");
    }

    @Test
    void withoutTheSettingARedVersionNeedsOnlyItsReason() {
        RuleSetVersion red = red();
        red.activate("ana", NOW, "Financeiro em greve", false);
        assertThat(red.approvedBy()).isNull();
        assertThat(red.lastActivatedBy()).isEqualTo("ana");
    }

    @Test
    void aGreenVersionNeedsNoApprovalAndCannotBeGivenOne() {
        RuleSetVersion green = proposed();
        green.markValidated(List.of(), List.of(), NOW);

        assertThatThrownBy(() -> green.approve("artur", NOW)).isInstanceOf(RuleSetApprovalException.class)
                .extracting(e -> ((RuleSetApprovalException) e).kind()).isEqualTo(RuleSetApprovalException.Kind.NOT_RED);
        green.activate("ana", NOW, null, true);
        assertThat(green.lastActivatedBy()).isEqualTo("ana");
    }

    @Test
    void theServerScenariosAVersionDropsAreRecordedOnlyWithAReason() {
        RuleSetVersion version = proposed();
        assertThatThrownBy(() -> version.recordRemovedScenarios(List.of("scenarios/intake.csv: Procon"), " "))
                .isInstanceOf(ScenarioRemovalException.class);

        version.recordRemovedScenarios(List.of("scenarios/intake.csv: Procon", "scenarios/phone.csv: URA"),
                " O Procon agora vai para o Jurídico ");

        assertThat(version.removedScenarios()).containsExactly("scenarios/intake.csv: Procon", "scenarios/phone.csv: URA");
        assertThat(version.scenarioRemovalReason()).isEqualTo("O Procon agora vai para o Jurídico");
        assertThat(proposed().removedScenarios()).isEmpty();
    }

    private static RuleSetVersion red() {
        RuleSetVersion red = proposed();
        red.markValidated(List.of(), List.of(new ScenarioMismatch("scenarios/intake.csv", 3,
                "expected_department", "Financeiro", "Comercial")), NOW);
        return red;
    }

    private static RuleSetVersion proposed() {
        return new RuleSetVersion(new byte[] {1}, "a".repeat(64), "ana", "try", NOW);
    }
}
