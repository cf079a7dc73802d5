package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;

class CasePersonalDataTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static Case open(Customer customer) {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null, customer, "Cobrança",
                "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of("charge"), "Financeiro", Priority.P3,
                new SlaTargets(240, 1440, 7), "sha256:abc", List.of("Cobranças vão para o Financeiro"), null);
        return Case.open(ProtocolNumber.issue(2026, 7), contact, decision, ClockSettings.standard(), T0);
    }

    @Test
    void aRevealWithAReasonGivesTheValueInFullAndWritesWhoWhichAndWhyIntoTheHistory() {
        Case c = open(new Customer("Maria", "maria.silva@example.com", "+55 11 98765-4321", "52998224725"));

        String cpf = c.personalData().reveal(PersonalField.CPF, "fabio", "conferir o cadastro no banco", T0.plusHours(1));

        assertThat(cpf).isEqualTo("529.982.247-25");
        CaseEvent last = c.history().get(c.history().size() - 1);
        assertThat(last.type()).isEqualTo(CaseEvent.Type.PERSONAL_DATA_UNMASKED);
        assertThat(last.actor()).isEqualTo("fabio");
        assertThat(last.occurredAt()).isEqualTo(T0.plusHours(1));
        assertThat(last.params()).containsEntry("field", "cpf").containsEntry("reason", "conferir o cadastro no banco");
        assertThat(last.detail()).doesNotContain("52998224725").doesNotContain("529.982.247-25");
    }

    @Test
    void noReasonOrAReasonOfAWordIsRefusedAndNothingIsRecorded() {
        Case c = open(new Customer("Maria", "maria.silva@example.com", "+55 11 98765-4321", null));
        int before = c.history().size();

        for (String reason : new String[] {null, "", "   ", "cliente"}) {
            assertThatThrownBy(() -> c.personalData().reveal(PersonalField.EMAIL, "fabio", reason, T0))
                    .isInstanceOfSatisfying(InvalidCaseRequestException.class, e -> assertThat(e.reason())
                            .isEqualTo(InvalidCaseRequestException.Reason.UNMASK_REASON_REQUIRED));
        }
        assertThat(c.history()).hasSize(before);
    }

    @Test
    void anIdentifierTheCustomerNeverGaveCannotBeRevealed() {
        Case c = open(new Customer("Maria", "maria.silva@example.com", null, null));

        assertThatThrownBy(() -> c.personalData().reveal(PersonalField.PHONE, "fabio", "retornar a ligação", T0))
                .isInstanceOfSatisfying(InvalidCaseRequestException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidCaseRequestException.Reason.NOTHING_TO_UNMASK));
        assertThat(c.personalData().reveal(PersonalField.EMAIL, "fabio", "reenviar a resposta", T0))
                .isEqualTo("maria.silva@example.com");
    }

    @Test
    void fieldsAreNamedInAddressesByTheirLowerCaseNames() {
        assertThat(PersonalField.fromSlug("email")).contains(PersonalField.EMAIL);
        assertThat(PersonalField.fromSlug(" CPF ")).contains(PersonalField.CPF);
        assertThat(PersonalField.fromSlug("name")).isEmpty();
    }
}
