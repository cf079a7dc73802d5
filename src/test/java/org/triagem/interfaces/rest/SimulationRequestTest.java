package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.triagem.application.SimulationSample;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.SameComplaint;

/** An analyst's sample describes the customer as intake knows them, or names an earlier case alone. */
class SimulationRequestTest {

    private static SimulationRequest sameComplaint() {
        SimulationRequest sample = new SimulationRequest();
        sample.name = "Maria";
        sample.phone = SameComplaint.PHONE;
        sample.subject = SameComplaint.SUBJECT;
        sample.description = SameComplaint.DESCRIPTION;
        sample.categoryHint = SameComplaint.CATEGORY_HINT;
        sample.earlierOpenCases = SameComplaint.EARLIER_OPEN_CASES;
        return sample;
    }

    private static Problem refusal(SimulationRequest request) {
        try {
            request.sample();
        } catch (ProblemException e) {
            return e.problem();
        }
        throw new AssertionError("the request was accepted");
    }

    @Test
    void aSampleCarriesTheComplaintAndTheCustomerAsTyped() {
        SimulationSample sample = sameComplaint().sample();

        assertThat(sample.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(sample.description()).isEqualTo(SameComplaint.DESCRIPTION);
        assertThat(sample.customer().isIdentified()).isTrue();
        assertThat(sample.earlierOpenCases()).isEqualTo(SameComplaint.EARLIER_OPEN_CASES);
        assertThat(sample.earlierCase()).isNull();
    }

    @Test
    void aNameAloneDoesNotIdentifyTheCustomerAsAtIntake() {
        SimulationRequest request = sameComplaint();
        request.phone = null;

        assertThat(request.sample().customer().isIdentified()).isFalse();
    }

    @Test
    void aNegativeCountOfOpenCasesIsRefused() {
        SimulationRequest sample = sameComplaint();
        sample.earlierOpenCases = -1;

        assertThatThrownBy(sample::sample).isInstanceOf(ProblemException.class);
    }

    @Test
    void aWrongCpfEmailAndChannelAreNamedTogether() {
        SimulationRequest request = sameComplaint();
        request.cpf = "111.111.111-12";
        request.channel = "FAX";

        assertThat(refusal(request).errors()).extracting(Problem.FieldError::field).containsExactly("channel", "cpf");

        request.cpf = null;
        request.channel = null;
        request.email = "maria.example.com";
        assertThat(refusal(request).errors()).extracting(Problem.FieldError::field).containsExactly("email");
    }

    @Test
    void anEarlierCaseStandsAloneAndMustBeAProtocolNumber() {
        SimulationRequest alone = new SimulationRequest();
        alone.earlierCase = "20260000000014";
        assertThat(alone.sample().earlierCase().value()).isEqualTo("20260000000014");

        SimulationRequest mixed = sameComplaint();
        mixed.earlierCase = "20260000000014";
        assertThat(refusal(mixed).errors()).extracting(Problem.FieldError::field).containsExactly("earlierCase");

        SimulationRequest wrong = new SimulationRequest();
        wrong.earlierCase = "123";
        assertThat(refusal(wrong).errors()).extracting(Problem.FieldError::message)
                .containsExactly("is not a protocol number");
    }
}
