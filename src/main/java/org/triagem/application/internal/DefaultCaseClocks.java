package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.CaseClocks;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.BusinessCalendars;
import org.triagem.domain.model.routing.ComplaintFacts;
import org.triagem.domain.model.routing.SlaTargetRules;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaPolicy;
import org.triagem.domain.model.sla.SlaTargets;

/** Clock settings from the department's stored calendar and the {@code triagem.sla.*} settings. */
@ApplicationScoped
class DefaultCaseClocks implements CaseClocks {

    @Inject
    CaseRepository cases;

    @Inject
    BusinessCalendars calendars;

    @Inject
    SlaTargetRules slaRules;

    @Inject
    Clock clock;

    /** Percentages of each clock's target where escalation checkpoints fall; the last must be 100. */
    @Inject
    @ConfigProperty(name = "triagem.sla.checkpoints", defaultValue = "50,80,100")
    String checkpointPercents;

    /** Once a clock is overdue, a further checkpoint every this many hours. */
    @Inject
    @ConfigProperty(name = "triagem.sla.repeat-after-breach-hours", defaultValue = "4")
    long repeatHours;

    /** The clocks that pause while the case waits on the customer. */
    @Inject
    @ConfigProperty(name = "triagem.sla.pausing-clocks", defaultValue = "FIRST_RESPONSE,RESOLUTION")
    String pausingClocks;

    /**
     * Calendars change rarely and every firing, intake and case view needs one: each node keeps a
     * department's calendar this long before reading it again (an edit on this node applies at once).
     */
    @Inject
    @ConfigProperty(name = "triagem.calendars.cache.seconds", defaultValue = "30")
    long calendarCacheSeconds;

    private record Cached(BusinessCalendar calendar, long readAtNanos) {
    }

    private final Map<String, Cached> calendarCache = new ConcurrentHashMap<>();

    private volatile SlaPolicy policy;

    @Override
    public ClockSettings settingsFor(String department) {
        return new ClockSettings(calendarOf(department), policy());
    }

    private BusinessCalendar calendarOf(String department) {
        long now = System.nanoTime();
        Cached cached = calendarCache.get(department);
        if (cached == null || now - cached.readAtNanos() > TimeUnit.SECONDS.toNanos(calendarCacheSeconds)) {
            cached = new Cached(calendars.of(department), now);
            calendarCache.put(department, cached);
        }
        return cached.calendar();
    }

    /** Forgets every cached calendar (after an admin edit: a department may inherit the default). */
    public void forgetCalendars() {
        calendarCache.clear();
    }

    private SlaPolicy policy() {
        SlaPolicy p = policy;
        if (p == null) {
            p = SlaPolicy.parse(checkpointPercents, repeatHours, pausingClocks);
            policy = p;
        }
        return p;
    }

    @Override
    @Transactional
    public void retarget(ProtocolNumber protocol, Priority priority, String department, String actor) {
        Case c = cases.find(protocol).orElseThrow(() -> new IllegalArgumentException("no case " + protocol));
        retarget(c, priority, department, actor, OffsetDateTime.now(clock));
    }

    /** Re-runs the {@code sla} rules for the priority and department and re-targets the case's clocks. */
    public void retarget(Case c, Priority priority, String department, String actor, OffsetDateTime now) {
        ComplaintFacts facts = ComplaintFacts.of(c, cases.countOpenFor(c.firstContact().customer()));
        SlaTargets targets = slaRules.targetsFor(facts.complaint(), c.routing().category(), c.routing().tags(), department, priority,
                c.routing().slaTargets());
        c.retarget(priority, department, targets, actor, settingsFor(department), now);
    }
}
