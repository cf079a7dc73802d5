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
    void anAgentIsRefusedReports() {
        assertThatThrownBy(() -> DefaultReportService.scope(FABIO, Set.of()))
                .isInstanceOf(ActionNotPermittedException.class);
    }
}
