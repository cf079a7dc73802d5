package org.triagem.interfaces.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triagem.application.report.ClockFigures;
import org.triagem.application.report.KpiFigures;
import org.triagem.application.report.KpiReport;
import org.triagem.application.report.TimeFigures;
import org.triagem.domain.model.complaint.Channel;

/**
 * The KPI report as CSV: one line per period, then a "total" line; the same figures as the JSON, with
 * an empty cell where the JSON has no value (nothing to divide by). Every cell is a number or an ISO
 * date, so nothing needs quoting.
 */
final class KpiCsv {

    private KpiCsv() {
    }

    static String of(KpiReport report) {
        StringBuilder csv = new StringBuilder(String.join(",", header())).append("\r\n");
        for (KpiFigures f : report.periods()) {
            csv.append(line(f)).append("\r\n");
        }
        return csv.append(line(report.total())).append("\r\n").toString();
    }

    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("period", "opened"));
        for (Channel c : Channel.values()) {
            h.add("opened_" + c.name().toLowerCase(Locale.ROOT));
        }
        h.add("resolved");
        for (String t : List.of("first_response", "first_response_business", "resolution", "resolution_business")) {
            h.addAll(List.of(t + "_count", t + "_mean_minutes", t + "_median_minutes", t + "_p90_minutes"));
        }
        h.addAll(List.of("first_resolution_mean_minutes", "first_resolution_mean_business_minutes",
                "first_resolutions", "fcr_percent", "reopen_percent", "escalated", "escalation_percent"));
        for (String clock : List.of("sla_first_response", "sla_resolution", "legal_deadline")) {
            h.addAll(List.of(clock + "_ended", clock + "_met", clock + "_percent"));
        }
        return h;
    }

    private static String line(KpiFigures f) {
        List<Object> cells = new ArrayList<>(List.of(f.period(), f.opened()));
        for (Channel c : Channel.values()) {
            cells.add(f.openedByChannel().getOrDefault(c.name(), 0L));
        }
        cells.add(f.resolved());
        for (TimeFigures t : List.of(f.firstResponseMinutes(), f.firstResponseBusinessMinutes(),
                f.resolutionMinutes(), f.resolutionBusinessMinutes())) {
            cells.addAll(cellsOf(t.count(), t.mean(), t.median(), t.p90()));
        }
        cells.addAll(cellsOf(f.firstResolutionMeanMinutes(), f.firstResolutionMeanBusinessMinutes(),
                f.firstResolutions(), f.firstContactResolutionPercent(), f.reopenPercent(), f.escalated(),
                f.escalationPercent()));
        for (ClockFigures c : List.of(f.firstResponseSla(), f.resolutionSla(), f.legalDeadline())) {
            cells.addAll(cellsOf(c.ended(), c.met(), c.compliancePercent()));
        }
        return String.join(",", cells.stream().map(v -> v == null ? "" : String.valueOf(v)).toList());
    }

    private static List<Object> cellsOf(Object... values) {
        List<Object> list = new ArrayList<>();
        for (Object v : values) {
            list.add(v);
        }
        return list;
    }
}
