package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.triagem.application.Actor;
import org.triagem.application.DigestService;
import org.triagem.application.digest.ClockBreaches;
import org.triagem.application.digest.Digest;
import org.triagem.application.digest.DigestMail;
import org.triagem.application.digest.DigestPeriod;
import org.triagem.application.digest.DigestRuns;
import org.triagem.application.digest.DigestSources;
import org.triagem.application.report.Counter;
import org.triagem.application.report.KpiFilter;
import org.triagem.application.report.KpiLedger;
import org.triagem.application.report.KpiRow;
import org.triagem.application.report.Ranked;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.MessageIds;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * Builds digests from the KPI read side (the daily rows' sums, tops against the period before) plus the
 * two lists of {@link DigestSources}, and sends each department's once: the run is recorded and the mails
 * queued in one transaction, so either both happen or neither does.
 */
@ApplicationScoped
public class DefaultDigestService implements DigestService {

    private static final Logger LOG = Logger.getLogger(DefaultDigestService.class.getName());

    /** Cases listed under the breaches; the counts above them cover all. */
    static final int MOST_BREACHED_CASES = 50;
    /** Comments quoted; the rest are counted. */
    static final int MOST_COMMENTS = 30;

    @Inject
    KpiLedger ledger;

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
    DefaultDigestService(KpiLedger ledger, DigestSources sources, DigestRuns runs, Outbox outbox, Clock clock,
            DigestSettings settings) {
        this.ledger = ledger;
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
        Digest digest = digest(DefaultReportService.scope(actor, departments), period);
        return new Composed(digest, settings.composer().compose(digest));
    }

    @Override
    @Transactional
    public Delivery send(Actor actor, String department, DigestPeriod period) {
        DefaultReportService.scope(actor, Set.of(department));
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
        KpiFilter now = filter(departments, period);
        KpiFilter earlier = filter(departments, before);
        List<Ranked> rootCauses = Ranked.top(ledger.resolvedByRootCause(now), ledger.resolvedByRootCause(earlier));
        List<Ranked> categories = Ranked.top(ledger.openedByCategory(now), ledger.openedByCategory(earlier));
        Map<Counter, Long> sums = sums(ledger.read(now));
        Map<Counter, Long> sumsBefore = sums(ledger.read(earlier));
        List<ClockBreaches> breaches = new ArrayList<>();
        for (CheckpointClock clock : CheckpointClock.values()) {
            long met = sums.getOrDefault(counter(clock, false), 0L);
            long breached = sums.getOrDefault(counter(clock, true), 0L);
            breaches.add(new ClockBreaches(clock, met + breached, breached,
                    sumsBefore.getOrDefault(counter(clock, true), 0L)));
        }
        return new Digest(departments == null ? null : List.copyOf(new TreeSet<>(departments)), period, before,
                rootCauses, categories, breaches, sources.breachedCases(departments, period, MOST_BREACHED_CASES),
                sources.detractorComments(departments, period, MOST_COMMENTS), dashboardLink(departments, period));
    }

    private static KpiFilter filter(Set<String> departments, DigestPeriod period) {
        return new KpiFilter(period.from(), period.to(), departments, Set.of(), Set.of(), Set.of());
    }

    private static Map<Counter, Long> sums(List<KpiRow> rows) {
        Map<Counter, Long> sums = new EnumMap<>(Counter.class);
        rows.forEach(r -> r.counters().forEach((c, n) -> sums.merge(c, n, Long::sum)));
        return sums;
    }

    /** The KPI report's counter of a clock ending in time or late (docs/kpis.md). */
    static Counter counter(CheckpointClock clock, boolean breached) {
        return switch (clock) {
            case FIRST_RESPONSE -> breached ? Counter.FIRST_RESPONSE_BREACHED : Counter.FIRST_RESPONSE_MET;
            case RESOLUTION -> breached ? Counter.RESOLUTION_BREACHED : Counter.RESOLUTION_MET;
            case LEGAL -> breached ? Counter.LEGAL_BREACHED : Counter.LEGAL_MET;
        };
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
