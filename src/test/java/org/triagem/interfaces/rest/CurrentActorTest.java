package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Departments come from group ids as Liberty qualifies them, for the registry and for tokens. */
class CurrentActorTest {

    @Test
    void readsDepartmentsFromRealmQualifiedGroupIds() {
        assertThat(CurrentActor.departmentsIn(List.of("group:Triagem/dept:Financeiro", "group:Triagem/agent",
                "group:https://idp.example.com/realms/sac/dept:Suporte Técnico", "dept:Jurídico")))
                .containsExactly("Financeiro", "Jurídico", "Suporte Técnico");
    }

    @Test
    void ignoresGroupsThatOnlyContainTheMarker() {
        assertThat(CurrentActor.departmentsIn(List.of("group:Triagem/nodept:Financeiro", "group:Triagem/dept:")))
                .isEmpty();
    }
}
