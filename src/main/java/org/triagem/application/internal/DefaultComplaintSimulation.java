package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.ComplaintSimulation;
import org.triagem.application.RuleSetService;
import org.triagem.application.SimulationSample;
import org.triagem.domain.model.complaint.CallFacts;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.routing.ComplaintFacts;
import org.triagem.domain.model.routing.CustomerFacts;

/**
 * Builds the facts of a sample the way intake and re-timing build them ({@link ComplaintFacts}), and asks
 * the rule-set service to explain the decision. Reads only: no case, no KPI, no search document changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DefaultComplaintSimulation implements ComplaintSimulation {

    @Inject
    CaseRepository cases;

    @Inject
    RuleSetService rulesets;

    @Inject
    Clock clock;

    /** The same window intake offers the rules a customer's recent open case in (DefaultIntakeService). */
    @Inject
    @ConfigProperty(name = "triagem.repeat-window-minutes", defaultValue = "1440")
    int repeatWindowMinutes;

    @Override
    public Simulated simulate(SimulationSample sample, Optional<Long> version) {
        if (sample.earlierCase() != null) {
            Case earlier = cases.find(sample.earlierCase())
                    .orElseThrow(() -> new CaseNotFoundException(sample.earlierCase()));
            ComplaintFacts facts = ComplaintFacts.of(earlier, cases.countOpenFor(earlier.firstContact().customer()));
            return new Simulated(rulesets.simulate(facts.complaint(), version),
                    Optional.of(EarlierDecision.of(earlier)));
        }
        ComplaintFacts facts = new ComplaintFacts(sample.channel(), sample.subject(), sample.description(),
                sample.categoryHint(), new CallFacts(sample.ivrChoice(), false, false), customerOf(sample));
        return new Simulated(rulesets.simulate(facts.complaint(), version), Optional.empty());
    }

    /**
     * The customer as the analyst states them, or, for an identified customer whose open cases the analyst
     * left out, as intake would find them in the case base now.
     */
    private CustomerFacts customerOf(SimulationSample sample) {
        Customer customer = sample.customer();
        if (sample.earlierOpenCases() != null || !customer.isIdentified()) {
            int open = sample.earlierOpenCases() == null ? 0 : sample.earlierOpenCases();
            return new CustomerFacts(customer.isIdentified(), open, null, sample.customerSegment());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        CaseRepository.OpenCases open = cases.openCasesOf(customer, now.minusMinutes(repeatWindowMinutes));
        Integer minutesSince = open.newestRecent()
                .map(c -> (int) Duration.between(c.openedAt(), now).toMinutes()).orElse(null);
        return new CustomerFacts(true, open.count(), minutesSince, sample.customerSegment());
    }
}
