package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.triagem.application.Actor;
import org.triagem.application.Backlog;
import org.triagem.application.CaseQueries;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseFilter;
import org.triagem.domain.model.complaint.CasePage;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Cpf;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.verification.VerificationCode;
import org.triagem.domain.model.verification.VerificationCodes;

/** Read-only access to cases, scoped to the actor's departments; the history is loaded inside the transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DefaultCaseQueries implements CaseQueries {

    @Inject
    CaseRepository cases;

    @Inject
    Clock clock;

    @Inject
    VerificationCodes codes;

    @Override
    public Optional<Case> byProtocol(Actor actor, ProtocolNumber protocol) {
        return cases.find(protocol).filter(c -> actor.canSee(c.department())).map(DefaultCaseQueries::loaded);
    }

    static Case loaded(Case c) {
        c.history().size();
        c.conversation().messages().size();
        c.conversation().attachments().size();
        c.sla().clocks().size();
        return c;
    }

    @Override
    public CasePage list(Actor actor, CaseFilter filter) {
        return cases.list(filter.within(visibleTo(actor)));
    }

    /** The departments whose cases the actor may list: null (all) for an admin. */
    private static Set<String> visibleTo(Actor actor) {
        if (!actor.worksCases()) {
            return Set.of();
        }
        return actor.isAdmin() ? null : actor.departments();
    }

    @Override
    public Backlog backlog(Actor actor, String department) {
        Set<String> scope = visibleTo(actor);
        if (department != null && !department.isBlank()) {
            scope = actor.canSee(department) ? Set.of(department) : Set.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : cases.openCaseAges(scope)) {
            String key = row[0] + "\u0000" + ((Priority) row[1]).name();
            long[] bands = counts.computeIfAbsent(key, k -> new long[Backlog.BANDS.size()]);
            bands[bandOf(Duration.between((OffsetDateTime) row[2], now))]++;
        }
        List<Backlog.Row> rows = new ArrayList<>();
        counts.forEach((key, bands) -> {
            String[] parts = key.split("\u0000");
            rows.add(new Backlog.Row(parts[0], parts[1], bands, java.util.Arrays.stream(bands).sum()));
        });
        return new Backlog(rows);
    }

    private static int bandOf(Duration age) {
        long hours = age.toHours();
        return hours < 24 ? 0 : hours < 72 ? 1 : hours < 168 ? 2 : 3;
    }

    @Override
    public Optional<Case> forCustomer(ProtocolNumber protocol, String verification) {
        if (verification == null || verification.isBlank()) {
            return Optional.empty();
        }
        Optional<VerificationCode> code = VerificationCode.read(verification);
        if (code.isPresent()) {
            // Six characters of the code's alphabet are never an e-mail address or a CPF.
            return codes.of(protocol).filter(code.get()::matches).flatMap(c -> cases.find(protocol))
                    .map(DefaultCaseQueries::loaded);
        }
        return cases.find(protocol).filter(c -> verifies(c.firstContact().customer(), verification.strip()))
                .map(DefaultCaseQueries::loaded);
    }

    private static boolean verifies(Customer customer, String given) {
        if (customer.email() != null && customer.email().equalsIgnoreCase(given.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (customer.cpf() != null) {
            String digits = given.replaceAll("[^0-9]", "");
            return digits.length() == 11 && Cpf.isValid(digits) && customer.cpf().equals(digits);
        }
        return false;
    }
}
