package org.triagem.application.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity of one daily KPI row: the day in the desk's time zone and the case's department,
 * channel, category (empty when the case has none) and priority.
 */
public record KpiKey(LocalDate day, String department, String channel, String category, String priority) {

    public KpiKey {
        Objects.requireNonNull(day, "day");
        department = department == null ? "" : department;
        channel = Objects.requireNonNull(channel, "channel");
        category = category == null ? "" : category;
        priority = Objects.requireNonNull(priority, "priority");
    }

    public KpiKey on(LocalDate otherDay) {
        return new KpiKey(otherDay, department, channel, category, priority);
    }
}
