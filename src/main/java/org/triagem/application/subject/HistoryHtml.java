package org.triagem.application.subject;

import java.util.Map;

/**
 * The customer's history as a pt-BR XHTML document: served as HTML, sent by mail and rendered to PDF, the
 * same text each time. Every value from a case is escaped ({@link Xhtml#escape}).
 */
public final class HistoryHtml {

    private static final Map<String, String> STATUS = Map.of("NEW", "Recebida", "ASSIGNED", "Em atendimento",
            "IN_PROGRESS", "Em atendimento", "PENDING_CUSTOMER", "Aguardando o cliente", "RESOLVED", "Resolvida",
            "REOPENED", "Reaberta", "CLOSED", "Encerrada", "MERGED", "Unida a outra demanda", "DUPLICATE",
            "Duplicada");

    private HistoryHtml() {
    }

    /** The document. */
    public static String render(CustomerHistory history) {
        StringBuilder html = new StringBuilder(Xhtml.open("Histórico das suas demandas"));
        html.append("<h1>Histórico das suas demandas</h1>");
        html.append("<p>Emitido em ").append(Xhtml.when(history.producedAt()))
                .append(" (horário de Brasília), conforme o art. 12 do Decreto nº 11.034/2022.");
        if (history.customerName() != null) {
            html.append(" Titular: ").append(Xhtml.escape(history.customerName())).append('.');
        }
        html.append("</p><p>Demandas: ").append(history.demands().size()).append("</p>");
        for (CustomerHistory.Demand d : history.demands()) {
            html.append("<h2>Protocolo ").append(Xhtml.escape(d.protocol())).append("</h2><table>")
                    .append(row("Assunto", d.subject() == null ? "-" : d.subject()))
                    .append(row("Aberta em", Xhtml.when(d.openedAt())))
                    .append(row("Situação", STATUS.getOrDefault(d.status(), d.status())))
                    .append(row("Prazo legal de resposta", Xhtml.when(d.legalDeadline())))
                    .append("</table>");
            for (CustomerHistory.Message m : d.messages()) {
                html.append("<div class=\"msg\"><div class=\"who\">")
                        .append(m.fromCustomer() ? "Você" : "SAC").append(", ").append(Xhtml.when(m.at()))
                        .append("</div><div class=\"text\">").append(Xhtml.escape(m.text())).append("</div></div>");
            }
        }
        return html.append(Xhtml.close()).toString();
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td>" + Xhtml.escape(value) + "</td></tr>";
    }
}
