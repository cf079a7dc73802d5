package org.triagem.application.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagem.application.report.Ranked;
import org.triagem.domain.model.routing.CheckpointClock;

/** Given a digest's figures, the mail a supervisor reads: pt-BR text, trends, escaped comments, a quiet week. */
class DigestComposerTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final DigestPeriod WEEK = new DigestPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6));
    private static final String HOSTILE = "<script>alert('x')</script> & <img src=x onerror=alert(1)>\n"
            + "Painel: http://phishing.example/\u202Egpj.exe";

    private final DigestComposer pt = new DigestComposer(Locale.forLanguageTag("pt-BR"), SAO_PAULO);

    @Test
    void writesTheWeekInPortugueseWithTrendsAgainstTheWeekBefore() {
        DigestMail mail = pt.compose(busyWeek());

        assertThat(mail.subject()).isEqualTo("[Triagem] Causas-raiz e prazos de Financeiro: 30/11/2026 a 06/12/2026");
        assertThat(mail.text())
                .contains("Resumo de causas-raiz: Financeiro")
                .contains("Período: 30/11/2026 a 06/12/2026, comparado com 23/11/2026 a 29/11/2026.")
                .contains("Principais causas-raiz (casos resolvidos)")
                .contains("  - cobranca-duplicada: 5 (antes: 3, ▲ +66,7%)")
                .contains("  - boleto-vencido: 2 (antes: 4, ▼ −50%)")
                .contains("  - estorno-atrasado: 1 (antes: 0, novo)")
                .contains("  - cartao-clonado: 3 (antes: 3, estável)")
                .contains("Principais categorias (casos abertos)")
                .contains("  - Cobrança: 1.200 (antes: 1.000, ▲ +20%)")
                .contains("  - (sem categoria): 4 (antes: 0, novo)")
                .contains("  - Primeira resposta: 2 de 10 encerrados fora do prazo (antes: 1)")
                .contains("  - Resolução: nenhum encerrado no período (antes: 3 fora do prazo)")
                .contains("  - Prazo legal (Decreto 11.034/2022): 1 de 4 encerrados fora do prazo (antes: 0)")
                // times in the desk's zone: 17:00 UTC is 14:00 in São Paulo
                .contains("  - Protocolo 20260000000014 · Prazo legal (Decreto 11.034/2022) · prazo 01/12/2026 14:00,"
                        + " cumprido 02/12/2026 09:30")
                .contains("… e mais 2 (veja no painel).")
                .contains("  - Protocolo 20260000000022 · CSAT 1 · NPS 3 · 03/12/2026 10:15")
                .contains("Abrir o painel: http://sac.example/painel.html?department=Financeiro&from=2026-11-30&to=2026-12-06");
        assertThat(mail.text().indexOf("Principais causas-raiz")).isLessThan(mail.text().indexOf("Principais categorias"));
        assertThat(mail.text().indexOf("Prazos estourados")).isLessThan(mail.text().indexOf("Comentários de detratores"));
    }

    @Test
    void quotesAHostileCommentAsInertTextInBothParts() {
        DigestMail mail = pt.compose(busyWeek());

        // HTML: escaped, never markup; the line break is ours, after escaping
        assertThat(mail.html())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;<br>")
                .doesNotContain("<script>").doesNotContain("<img").doesNotContain("\u202E");
        // text: every line of the comment quoted, so it cannot pose as a line of the digest
        assertThat(mail.text())
                .contains("      > <script>alert('x')</script> & <img src=x onerror=alert(1)>\n")
                .contains("      > Painel: http://phishing.example/gpj.exe\n")
                .doesNotContain("\u202E")
                .doesNotContain("\nPainel: http://phishing");
    }

    @Test
    void theHtmlPartIsOneDocumentWithTheDashboardLink() {
        String html = pt.compose(busyWeek()).html();

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"pt-BR\">")
                .contains("<h1 style=\"font-size:20px\">Resumo de causas-raiz: Financeiro</h1>")
                .contains("<li>cobranca-duplicada: 5 (antes: 3, ▲ +66,7%)</li>")
                .contains("<a href=\"http://sac.example/painel.html?department=Financeiro&amp;from=2026-11-30&amp;to=2026-12-06\">"
                        + "Abrir o painel</a>")
                .endsWith("</body>\n</html>\n");
        assertThat(count(html, "<ul>")).isEqualTo(count(html, "</ul>"));
        assertThat(count(html, "<li>")).isEqualTo(count(html, "</li>"));
    }

    @Test
    void aQuietWeekSaysSoAndStillLinksTheDashboard() {
        Digest quiet = new Digest(List.of("Logística"), WEEK, WEEK.previous(), List.of(), List.of(),
                List.of(new ClockBreaches(CheckpointClock.FIRST_RESPONSE, 0, 0, 0),
                        new ClockBreaches(CheckpointClock.RESOLUTION, 0, 0, 0),
                        new ClockBreaches(CheckpointClock.LEGAL, 0, 0, 0)),
                Listing.none(), Listing.none(), "http://sac.example/painel.html?department=Log%C3%ADstica");

        DigestMail mail = pt.compose(quiet);

        assertThat(quiet.isQuiet()).isTrue();
        assertThat(mail.text()).contains("Nada a relatar neste período: nenhum caso aberto ou resolvido, nenhum prazo"
                + " encerrado e nenhum comentário de detrator.")
                .doesNotContain("Principais causas-raiz")
                .contains("Abrir o painel: http://sac.example/painel.html?department=Log%C3%ADstica");
        assertThat(mail.html()).contains("<p>Nada a relatar neste período");
    }

    @Test
    void aWeekWithoutDetractorsOrRootCausesSaysSoInEachSection() {
        Digest d = new Digest(List.of("Financeiro"), WEEK, WEEK.previous(), List.of(),
                Ranked.top(Map.of("Cobrança", 2L), Map.of()), breaches(), Listing.none(), Listing.none(), "http://x/");

        String text = pt.compose(d).text();

        assertThat(text).contains("Nenhuma causa-raiz registrada em casos resolvidos no período.")
                .contains("Nenhum comentário de detrator no período.")
                .doesNotContain("Nada a relatar");
    }

    @Test
    void englishLabelsComeFromTheEnglishBundle() {
        DigestMail mail = new DigestComposer(Locale.ENGLISH, SAO_PAULO).compose(busyWeek());

        assertThat(mail.subject()).isEqualTo("[Triagem] Root causes and deadlines of Financeiro: 2026-11-30 to 2026-12-06");
        assertThat(mail.text()).contains("Top root causes (resolved cases)")
                .contains("  - cobranca-duplicada: 5 (before: 3, ▲ +66.7%)")
                .contains("Detractors' comments")
                .contains("Automatic message from Triagem to the department's supervisors.");
    }

    @Test
    void aSingleDayAndAllDepartmentsReadAsSuch() {
        DigestPeriod day = new DigestPeriod(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7));
        Digest d = new Digest(null, day, day.previous(), List.of(), List.of(), breaches(), Listing.none(),
                Listing.none(), "http://x/");

        DigestMail mail = pt.compose(d);

        assertThat(mail.subject()).isEqualTo("[Triagem] Causas-raiz e prazos de todos os departamentos: 07/12/2026");
        assertThat(mail.text()).contains("Dia: 07/12/2026, comparado com 06/12/2026.");
    }

    private static Digest busyWeek() {
        List<Ranked> rootCauses = Ranked.top(
                Map.of("cobranca-duplicada", 5L, "boleto-vencido", 2L, "estorno-atrasado", 1L, "cartao-clonado", 3L),
                Map.of("cobranca-duplicada", 3L, "boleto-vencido", 4L, "cartao-clonado", 3L));
        List<Ranked> categories = Ranked.top(Map.of("Cobrança", 1200L, "", 4L), Map.of("Cobrança", 1000L));
        List<BreachedCase> cases = List.of(new BreachedCase("20260000000014", CheckpointClock.LEGAL,
                OffsetDateTime.parse("2026-12-01T17:00:00Z"), OffsetDateTime.parse("2026-12-02T12:30:00Z")));
        List<DetractorComment> comments = List.of(new DetractorComment("20260000000022", 1, 3, HOSTILE,
                OffsetDateTime.parse("2026-12-03T13:15:00Z")));
        return new Digest(List.of("Financeiro"), WEEK, WEEK.previous(), rootCauses, categories, breaches(),
                new Listing<>(cases, 3), new Listing<>(comments, 1),
                "http://sac.example/painel.html?department=Financeiro&from=2026-11-30&to=2026-12-06");
    }

    private static List<ClockBreaches> breaches() {
        return List.of(new ClockBreaches(CheckpointClock.FIRST_RESPONSE, 10, 2, 1),
                new ClockBreaches(CheckpointClock.RESOLUTION, 0, 0, 3),
                new ClockBreaches(CheckpointClock.LEGAL, 4, 1, 0));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
