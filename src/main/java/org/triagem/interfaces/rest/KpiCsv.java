package org.triagem.interfaces.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triagem.application.report.ClockFigures;
import org.triagem.application.report.CostFigures;
import org.triagem.application.report.KpiFigures;
import org.triagem.application.report.KpiReport;
import org.triagem.application.report.SurveyFigures;
import org.triagem.application.report.TimeFigures;
import org.triagem.domain.model.complaint.Channel;

/**
 * The KPI report as CSV: a "previous" line (the equally long period before {@code from}), one line per
 * period, then a "total" line, which stays last; the same figures as the JSON, with an empty cell where
 * the JSON has no value (nothing to divide by). Every cell is a number or an ISO date, so nothing needs
 * quoting. The top lists are JSON only.
 */
final class KpiCsv {

    private KpiCsv() {
    }

    static String of(KpiReport report) {
        StringBuilder csv = new StringBuilder(String.join(",", header())).append("\r\n");
        if (report.previous() != null) {
            csv.append(line(report.previous())).append("\r\n");
        }
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
        h.addAll(List.of("surveys_sent", "surveys_answered", "survey_response_rate_percent", "csat_answers",
                "csat_mean", "csat_satisfied_percent", "nps_answers", "nps_score", "nps_promoters", "nps_passives",
                "nps_detractors", "nps_promoters_percent", "nps_passives_percent", "nps_detractors_percent",
                "ces_answers", "ces_mean", "ces_easy_percent", "repeat_contacts", "repeat_contact_percent",
                "requester_wait_count", "requester_wait_mean_minutes", "requester_wait_median_minutes",
                "requester_wait_p90_minutes", "cost_total_brl", "cost_per_resolution_brl"));
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
        cells.addAll(surveyCells(f.surveys()));
        TimeFigures wait = f.requesterWaitMinutes();
        cells.addAll(cellsOf(f.repeatContacts(), f.repeatContactPercent(), wait.count(), wait.mean(), wait.median(),
                wait.p90()));
        CostFigures cost = f.cost();
        cells.addAll(cellsOf(cost == null ? null : cost.totalBrl().toPlainString(),
                cost == null || cost.perResolutionBrl() == null ? null : cost.perResolutionBrl().toPlainString()));
        return String.join(",", cells.stream().map(v -> v == null ? "" : String.valueOf(v)).toList());
    }

    private static List<Object> surveyCells(SurveyFigures s) {
        SurveyFigures.Nps nps = s.nps();
        return cellsOf(s.sent(), s.answered(), s.responseRatePercent(), s.csat().answers(), s.csat().mean(),
                s.csat().satisfiedPercent(), nps.answers(), nps.score(), nps.promoters(), nps.passives(),
                nps.detractors(), nps.promotersPercent(), nps.passivesPercent(), nps.detractorsPercent(),
                s.ces().answers(), s.ces().mean(), s.ces().easyPercent());
    }

    private static List<Object> cellsOf(Object... values) {
        List<Object> list = new ArrayList<>();
        for (Object v : values) {
            list.add(v);
        }
        return list;
    }
}
