package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.Actor.Role;

/** Who reads which departments' KPIs. */
class DefaultReportServiceTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), Set.of());
    private static final Actor SOFIA = new Actor("sofia", Set.of(Role.SUPERVISOR), Set.of("Financeiro"));
    private static final Actor FABIO = new Actor("fabio", Set.of(Role.AGENT), Set.of("Financeiro"));

    @Test
    void anAdminReadsEveryDepartmentOrThoseAskedFor() {
        assertThat(DefaultReportService.scope(ADMIN, Set.of())).isNull();
        assertThat(DefaultReportService.scope(ADMIN, Set.of("Logística"))).containsExactly("Logística");
    }

    @Test
    void aSupervisorReadsOwnDepartmentsAndIsRefusedAnother() {
        assertThat(DefaultReportService.scope(SOFIA, Set.of())).containsExactly("Financeiro");
        assertThat(DefaultReportService.scope(SOFIA, Set.of("Financeiro"))).containsExactly("Financeiro");
        assertThatThrownBy(() -> DefaultReportService.scope(SOFIA, Set.of("Financeiro", "Logística")))
                .isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void anAgentReadsOwnFiguresInAnyDepartmentAndIsRefusedAnotherAgents() {
        assertThat(DefaultReportService.agents(FABIO, Set.of())).containsExactly("fabio");
        assertThat(DefaultReportService.agents(FABIO, Set.of("fabio"))).containsExactly("fabio");
        assertThat(DefaultReportService.scope(FABIO, Set.of())).isNull();
        assertThatThrownBy(() -> DefaultReportService.agents(FABIO, Set.of("ana")))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> DefaultReportService.agents(FABIO, Set.of("fabio", "ana")))
                .isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void supervisorsAndAdminsFilterByAnyAgentAndAnAnalystIsRefused() {
        assertThat(DefaultReportService.agents(SOFIA, Set.of("fabio"))).containsExactly("fabio");
        assertThat(DefaultReportService.agents(ADMIN, Set.of())).isEmpty();
        Actor analyst = new Actor("ana", Set.of(Role.ANALYST), Set.of("Financeiro"));
        assertThatThrownBy(() -> DefaultReportService.scope(analyst, Set.of()))
                .isInstanceOf(ActionNotPermittedException.class);
    }
}
