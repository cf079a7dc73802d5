package org.triagem.application.subject;

import org.triagem.domain.model.subject.SubjectData;

/** The DPO's export of a subject's data as a pt-BR XHTML document, for the PDF; every value escaped. */
public final class DossierHtml {

    private DossierHtml() {
    }

    public static String render(SubjectDossier d) {
        StringBuilder html = new StringBuilder(Xhtml.open("Dados do titular"));
        html.append("<h1>Dados pessoais do titular</h1><p>Titular: ").append(Xhtml.escape(d.subject()))
                .append(". Emitido em ").append(Xhtml.when(d.producedAt()))
                .append(" (art. 18, II e V, da Lei nº 13.709/2018).</p><p>Demandas: ").append(d.counts().cases())
                .append("; mensagens: ").append(d.counts().messages()).append("; pesquisas: ")
                .append(d.counts().surveys()).append("; contatos em quarentena: ").append(d.counts().quarantined())
                .append(".</p>");
        for (SubjectDossier.CaseRecord c : d.cases()) {
            html.append("<h2>Protocolo ").append(Xhtml.escape(c.protocol())).append("</h2><table>")
                    .append(row("Canal", c.channel())).append(row("Aberta em", Xhtml.when(c.openedAt())))
                    .append(row("Situação", c.status())).append(row("Departamento", c.department()))
                    .append(row("Nome", c.customerName())).append(row("E-mail", c.customerEmail()))
                    .append(row("Telefone", c.customerPhone())).append(row("CPF", c.customerCpf()))
                    .append(row("Assunto", c.subject())).append("</table><div class=\"msg\"><div class=\"text\">")
                    .append(Xhtml.escape(c.description())).append("</div></div>");
            for (SubjectDossier.MessageRecord m : c.messages()) {
                html.append("<div class=\"msg\"><div class=\"who\">").append(label(m.kind())).append(", ")
                        .append(Xhtml.when(m.at())).append("</div><div class=\"text\">").append(Xhtml.escape(m.text()))
                        .append("</div></div>");
            }
        }
        if (!d.surveys().isEmpty()) {
            html.append("<h2>Pesquisas de satisfação</h2><table><tr><th>Protocolo</th><th>Respondida em</th>"
                    + "<th>CSAT</th><th>NPS</th><th>CES</th><th>Comentário</th></tr>");
            for (SubjectData.SurveyAnswer s : d.surveys()) {
                html.append("<tr><td>").append(Xhtml.escape(s.protocol())).append("</td><td>")
                        .append(Xhtml.when(s.answeredAt())).append("</td><td>").append(number(s.csat()))
                        .append("</td><td>").append(number(s.nps())).append("</td><td>").append(number(s.ces()))
                        .append("</td><td>").append(Xhtml.escape(s.comment())).append("</td></tr>");
            }
            html.append("</table>");
        }
        for (SubjectData.QuarantinedItem q : d.quarantined()) {
            html.append("<h2>Contato em quarentena ").append(q.id()).append("</h2><p>")
                    .append(Xhtml.escape(q.channel())).append(", ").append(Xhtml.when(q.receivedAt()))
                    .append("</p><div class=\"msg\"><div class=\"text\">").append(Xhtml.escape(q.payload()))
                    .append("</div></div>");
        }
        return html.append(Xhtml.close()).toString();
    }

    private static String label(String kind) {
        return switch (kind) {
            case "CUSTOMER" -> "Titular";
            case "REPLY" -> "SAC (resposta ao titular)";
            default -> "Nota interna da equipe";
        };
    }

    private static String number(Integer n) {
        return n == null ? "-" : n.toString();
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td>" + (value == null ? "-" : Xhtml.escape(value)) + "</td></tr>";
    }
}
