package org.triagem.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelcomeMessageTest {

    private static final Path DEV_REGISTRY = Path.of("src/main/liberty/config/auth/dev.xml");

    @Test
    void listsEveryDemoUserOfTheDevelopmentRegistryWithRolesAndDepartments() throws Exception {
        DemoUsers demo = DemoUsers.read(DEV_REGISTRY);

        assertThat(demo.users()).extracting(DemoUsers.DemoUser::name)
                .containsExactly("admin", "ana", "artur", "sofia", "fabio", "fernanda", "lucas", "olga", "atila",
                        "integra", "sergio", "samuel", "simone", "saulo", "dora");
        assertThat(demo.users()).filteredOn(u -> u.name().equals("olga")).singleElement().satisfies(olga -> {
            assertThat(olga.roles()).containsExactlyInAnyOrder("supervisor", "agent");
            assertThat(olga.departments()).containsExactlyInAnyOrder("Ouvidoria", "Jurídico");
        });
    }

    @Test
    void namesTheSixPagesOnTheServersPortAndEachDemoUsersLine() throws Exception {
        String text = WelcomeMessage.render("http://localhost:19080/", DemoUsers.read(DEV_REGISTRY));

        assertThat(text.lines()).contains(
                "  Complaint form (consumer):  http://localhost:19080/",
                "  Follow a case (consumer):   http://localhost:19080/acompanhar.html",
                "  Staff workspace:            http://localhost:19080/staff.html",
                "  Analysts' rules page:       http://localhost:19080/analyst.html",
                "  Dashboard (supervisors):    http://localhost:19080/painel.html",
                "  Supervision (supervisors):  http://localhost:19080/supervisao.html",
                "Demo users (password: <user>-demo):");
        assertThat(text).containsPattern("(?m)^  fabio +agent +\\(Financeiro\\)$");
        assertThat(text).containsPattern("(?m)^  ana +analyst *$");
    }

    @Test
    void aProductionServerListsNoUsers() {
        String text = WelcomeMessage.render("http://localhost:9080/", new DemoUsers(List.of()));

        assertThat(text).doesNotContain("Demo users").endsWith("supervisao.html");
    }
}
