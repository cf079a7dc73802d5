package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.DigestService;
import org.triagem.application.KpiQuery;
import org.triagem.application.ReportService;
import org.triagem.application.digest.ClockBreaches;
import org.triagem.application.digest.Digest;
import org.triagem.application.digest.DigestMail;
import org.triagem.application.digest.DigestPeriod;
import org.triagem.application.digest.DigestRuns;
import org.triagem.application.digest.DigestSources;
import org.triagem.application.report.ClockFigures;
import org.triagem.application.report.Grouping;
import org.triagem.application.report.KpiFigures;
import org.triagem.application.report.KpiReport;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.MessageIds;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * Builds digests from the KPI report (the daily rows' sums and tops, each against the period before) plus
 * the two lists of {@link DigestSources}, and sends each department's once: the run is recorded and the mails
 * queued in one transaction, so either both happen or neither does.
 */
@ApplicationScoped
class DefaultDigestService implements DigestService {

    private static final Logger LOG = Logger.getLogger(DefaultDigestService.class.getName());

    /** Cases listed under the breaches; the counts above them cover all. */
    static final int MOST_BREACHED_CASES = 50;
    /** Comments quoted; the rest are counted. */
    static final int MOST_COMMENTS = 30;

    /**
     * The digest reads the KPI report itself, so that its counts are the dashboard's, once {@link #scope}
     * has decided which departments the caller may see; this reader then asks for exactly those.
     */
    private static final Actor READER = new Actor("digest", Set.of(Actor.Role.ADMIN), Set.of());

    @Inject
    ReportService reports;

    @Inject
    DigestSources sources;

    @Inject
    DigestRuns runs;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    DigestSettings settings;

    protected DefaultDigestService() {
        // for CDI
    }

    /** For tests: every collaborator given. */
    DefaultDigestService(ReportService reports, DigestSources sources, DigestRuns runs, Outbox outbox, Clock clock,
            DigestSettings settings) {
        this.reports = reports;
        this.sources = sources;
        this.runs = runs;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public DigestPeriod latestScheduledPeriod() {
        return settings.schedule().latestAt(clock.instant()).period();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Composed compose(Actor actor, Set<String> departments, DigestPeriod period) {
        Digest digest = digest(scope(actor, departments), period);
        return new Composed(digest, settings.composer().compose(digest));
    }

    @Override
    @Transactional
    public Delivery send(Actor actor, String department, DigestPeriod period) {
        scope(actor, Set.of(department));
        return sendOnce(department, period, actor.username());
    }

    /**
     * The department's digest of the period to each of its recipients, unless a run of it is recorded:
     * in the caller's transaction, which the run row and the mails share.
     */
    public Delivery sendOnce(String department, DigestPeriod period, String sentBy) {
        List<String> recipients = settings.recipients().of(department);
        if (recipients.isEmpty()) {
            return new Delivery(department, period, Outcome.NO_RECIPIENTS, 0);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!runs.claim(department, period, sentBy, recipients.size(), now)) {
            return new Delivery(department, period, Outcome.ALREADY_SENT, 0);
        }
        DigestMail mail = settings.composer().compose(digest(Set.of(department), period));
        for (String recipient : recipients) {
            outbox.add(OutgoingMail.queueWithoutCase(MailKind.DIGEST, recipient, mail.subject(), mail.text(),
                            MessageIds.nextDigest(settings.messageIdDomain()), now)
                    .withHtmlAlternative(mail.html())
                    // RFC 3834: no out-of-office answer to a machine
                    .withHeader("Auto-Submitted", "auto-generated")
                    .withHeader("X-Auto-Response-Suppress", "All"));
        }
        LOG.info(() -> "digest of " + department + " for " + period.from() + ".." + period.to() + " queued for "
                + recipients.size() + " recipients (" + sentBy + ")");
        return new Delivery(department, period, Outcome.SENT, recipients.size());
    }

    /** The figures of the departments (null: all) over the period, each against the period before. */
    public Digest digest(Set<String> departments, DigestPeriod period) {
        DigestPeriod before = period.previous();
        KpiReport now = reports.kpis(READER, query(departments, period), Grouping.MONTH);
        KpiFigures earlier = reports.kpis(READER, query(departments, before), Grouping.MONTH).total();
        List<ClockBreaches> breaches = List.of(
                breaches(CheckpointClock.FIRST_RESPONSE, now.total().firstResponseSla(), earlier.firstResponseSla()),
                breaches(CheckpointClock.RESOLUTION, now.total().resolutionSla(), earlier.resolutionSla()),
                breaches(CheckpointClock.LEGAL, now.total().legalDeadline(), earlier.legalDeadline()));
        return new Digest(departments == null ? null : List.copyOf(new TreeSet<>(departments)), period, before,
                now.topRootCauses(), now.topCategories(), breaches,
                sources.breachedCases(departments, period, MOST_BREACHED_CASES),
                sources.detractorComments(departments, period, MOST_COMMENTS), dashboardLink(departments, period));
    }

    /**
     * Who may read which departments' digest: as the KPI report for supervisors (their own departments)
     * and admins (all; null). An agent's own figures, which the report may offer agents, have no digest:
     * agents are refused, like a supervisor of no department.
     */
    static Set<String> scope(Actor actor, Set<String> asked) {
        if (actor.isAdmin()) {
            return asked.isEmpty() ? null : asked;
        }
        if (!actor.has(Actor.Role.SUPERVISOR) || actor.departments().isEmpty()) {
            throw new ActionNotPermittedException("The digest is for the supervisors of a department and for admins.");
        }
        if (asked.isEmpty()) {
            return actor.departments();
        }
        if (!actor.departments().containsAll(asked)) {
            throw new ActionNotPermittedException("You supervise only your own departments.");
        }
        return asked;
    }

    private static KpiQuery query(Set<String> departments, DigestPeriod period) {
        return new KpiQuery(period.from(), period.to(), departments == null ? Set.of() : departments, Set.of(),
                Set.of(), Set.of());
    }

    private static ClockBreaches breaches(CheckpointClock clock, ClockFigures now, ClockFigures before) {
        return new ClockBreaches(clock, now.ended(), now.ended() - now.met(), before.ended() - before.met());
    }

    /** The dashboard filtered as the digest is: {@code painel.html?department=...&from=...&to=...}. */
    private String dashboardLink(Set<String> departments, DigestPeriod period) {
        StringBuilder url = new StringBuilder(settings.dashboardUrl()).append('?');
        if (departments != null) {
            url.append("department=")
                    .append(URLEncoder.encode(String.join(",", new TreeSet<>(departments)), StandardCharsets.UTF_8))
                    .append('&');
        }
        return url.append("from=").append(period.from()).append("&to=").append(period.to()).toString();
    }
}
