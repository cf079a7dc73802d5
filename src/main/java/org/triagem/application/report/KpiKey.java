package org.triagem.application.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity of one daily KPI row: the day in the desk's time zone and the case's department,
 * channel, category (empty when the case has none), priority and assignee when the event happened
 * (empty when nobody had the case).
 */
public record KpiKey(LocalDate day, String department, String channel, String category, String priority,
        String agent) {

    public KpiKey {
        Objects.requireNonNull(day, "day");
        department = department == null ? "" : department;
        channel = Objects.requireNonNull(channel, "channel");
        category = category == null ? "" : category;
        priority = Objects.requireNonNull(priority, "priority");
        agent = agent == null ? "" : agent;
    }

    /** A row of nobody's (an event while the case sat in the queue). */
    public KpiKey(LocalDate day, String department, String channel, String category, String priority) {
        this(day, department, channel, category, priority, "");
    }

    public KpiKey on(LocalDate otherDay) {
        return new KpiKey(otherDay, department, channel, category, priority, agent);
    }
}
