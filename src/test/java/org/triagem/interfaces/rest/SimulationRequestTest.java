package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triagem.domain.model.routing.SameComplaint.assertIsTheSameComplaint;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.SameComplaint;

/** An analyst's sample gives the rules the same complaint that intake would. */
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

    @Test
    void aSampleGivesTheRulesTheSameComplaintAsIntake() {
        assertIsTheSameComplaint(sameComplaint().facts().complaint());
    }

    @Test
    void aNameAloneDoesNotIdentifyTheCustomerAsAtIntake() {
        SimulationRequest sample = sameComplaint();
        sample.phone = null;

        assertThat(sample.facts().customer().identified()).isFalse();
    }

    @Test
    void aNegativeCountOfOpenCasesIsRefused() {
        SimulationRequest sample = sameComplaint();
        sample.earlierOpenCases = -1;

        assertThatThrownBy(sample::facts).isInstanceOf(ProblemException.class);
    }
}
