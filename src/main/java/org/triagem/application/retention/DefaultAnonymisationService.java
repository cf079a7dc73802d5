package org.triagem.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.triagem.domain.model.retention.AnonymisationRecord;
import org.triagem.domain.model.retention.AnonymisationRefusedException;
import org.triagem.domain.model.retention.Hold;
import org.triagem.domain.model.retention.LegalHold;
import org.triagem.domain.model.retention.LegalHolds;
import org.triagem.domain.model.retention.PrivacyAudit;
import org.triagem.domain.model.retention.SubjectCase;
import org.triagem.domain.model.retention.SubjectCases;
import org.triagem.domain.model.retention.SubjectKey;
import org.triagem.domain.model.retention.TextScrubber;

/**
 * A DPO's anonymisation of one subject, in one transaction: the subject's cases are locked, every hold
 * looked for (all of them, so the DPO learns at once everything that stands in the way), and only when none
 * applies are the cases anonymised, the quarantined payloads scrubbed and the audit written.
 */
@ApplicationScoped
@Transactional
class DefaultAnonymisationService implements AnonymisationService {

    private static final Logger LOG = Logger.getLogger(DefaultAnonymisationService.class.getName());

    @Inject
    SubjectCases cases;

    @Inject
    LegalHolds holds;

    @Inject
    PrivacyAudit audit;

    @Inject
    RetentionSettings settings;

    @Inject
    Clock clock;

    @Override
    public AnonymisationReport anonymise(SubjectKey subject, String reason, String actor, boolean dryRun) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<SubjectCase> found = casesOfSubject(subject);
        int quarantined = cases.countQuarantinedOf(subject);
        if (found.isEmpty() && quarantined == 0) {
            throw new SubjectNotFoundException(subject.masked());
        }
        List<Hold> standing = holdsOn(subject, found, now);
        if (!standing.isEmpty()) {
            throw new AnonymisationRefusedException(standing);
        }
        List<String> protocols = found.stream().map(SubjectCase::protocol).toList();
        if (!dryRun) {
            cases.anonymise(found, now);
            // The subject's key itself goes too, wherever it was typed; the stored values were on the cases.
            SubjectCase first = found.isEmpty() ? null : found.get(0);
            TextScrubber scrubber = first == null ? keyOnly(subject)
                    : TextScrubber.of(first.name(), valueOr(subject, SubjectKey.Kind.EMAIL, first.email()),
                            valueOr(subject, SubjectKey.Kind.CPF, first.cpf()),
                            valueOr(subject, SubjectKey.Kind.PHONE, first.phone()));
            cases.scrubQuarantinedOf(subject, scrubber);
            audit.record(new AnonymisationRecord(actor, now, reason, subject.hash(), subject.masked(), protocols, null));
            LOG.info(() -> "anonymised subject " + subject.masked() + ": " + protocols.size() + " cases, " + quarantined
                    + " quarantined payloads, by " + actor);
        }
        return new AnonymisationReport(dryRun, subject.masked(), protocols, quarantined);
    }

    /**
     * The cases found by the key, and those found by the other keys those cases hold: a complaint by e-mail
     * and a call from the same person's phone are both theirs once one case carries both.
     */
    private List<SubjectCase> casesOfSubject(SubjectKey subject) {
        Map<Long, SubjectCase> byId = new LinkedHashMap<>();
        cases.casesOf(subject).forEach(c -> byId.put(c.id(), c));
        Set<SubjectKey> others = new LinkedHashSet<>();
        for (SubjectCase c : List.copyOf(byId.values())) {
            others.addAll(c.keys());
        }
        others.remove(subject);
        others.forEach(k -> cases.casesOf(k).forEach(c -> byId.putIfAbsent(c.id(), c)));
        return List.copyOf(byId.values());
    }

    /** Every hold on the subject or on any of its cases: open cases, recent calls, the DPO's holds. */
    private List<Hold> holdsOn(SubjectKey subject, List<SubjectCase> found, OffsetDateTime now) {
        List<Hold> standing = new ArrayList<>();
        int callDays = settings.policy().callRecordDays();
        found.forEach(c -> standing.addAll(c.ownHolds(now, callDays)));
        Set<String> hashes = new HashSet<>();
        hashes.add(subject.hash());
        found.forEach(c -> hashes.addAll(c.subjectHashes()));
        holds.activeOn(found.stream().map(SubjectCase::protocol).toList(), hashes).stream()
                .map(LegalHold::asHold).forEach(standing::add);
        return standing;
    }

    private static TextScrubber keyOnly(SubjectKey subject) {
        return TextScrubber.of(null, subject.kind() == SubjectKey.Kind.EMAIL ? subject.value() : null,
                subject.kind() == SubjectKey.Kind.CPF ? subject.value() : null,
                subject.kind() == SubjectKey.Kind.PHONE ? subject.value() : null);
    }

    private static String valueOr(SubjectKey subject, SubjectKey.Kind kind, String stored) {
        return subject.kind() == kind ? subject.value() : stored;
    }

    @Override
    public LegalHold placeHold(String protocol, SubjectKey subject, String reason, String actor) {
        if ((protocol == null) == (subject == null)) {
            throw new IllegalArgumentException("a hold is on a case or on a subject");
        }
        LegalHold hold = holds.place(protocol, subject, reason, actor, OffsetDateTime.now(clock));
        LOG.info(() -> "legal hold " + hold.id() + " placed by " + actor + " on "
                + (protocol != null ? "case " + protocol : "subject " + subject.masked()));
        return hold;
    }

    @Override
    public Optional<LegalHold> releaseHold(long id, String actor) {
        return holds.release(id, actor, OffsetDateTime.now(clock));
    }

    @Override
    public List<LegalHold> activeHolds() {
        return holds.active();
    }

    @Override
    public List<AnonymisationRecord> audit(int limit) {
        return audit.recentAnonymisations(limit);
    }
}
