package org.triagem.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.triagem.application.subject.CustomerHistory;
import org.triagem.application.subject.HistoryHtml;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;
import org.triagem.infrastructure.pdf.OpenHtmlPdfRenderer;

/**
 * The customer's history delivered at once (docs/privacy.md): the escaped XHTML of {@code cases} cases with
 * four messages each, and the same rendered to PDF, as the status page's download does in its request.
 * Sample time, short runs: the machine is shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class HistoryDocumentBenchmark {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    @Param({"1", "10"})
    public int cases;

    private CustomerHistory history;
    private String html;
    private final OpenHtmlPdfRenderer pdf = new OpenHtmlPdfRenderer();

    @Setup
    public void seed() {
        List<Case> theirs = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            IncomingContact contact = new IncomingContact(Channel.WEB_FORM, "bench:" + i,
                    new Customer("Maria Souza", "maria@example.com", null, "52998224725"), "Cobrança indevida",
                    "Fui cobrada duas vezes pela mesma compra no cartão, na fatura de outubro. <b>Urgente</b>", null);
            Case c = Case.open(ProtocolNumber.issue(2026, 1000 + i), contact, new RoutingDecision("billing", Set.of(),
                    "Financeiro", Priority.P3, new SlaTargets(240, 1440, 7), "v1", List.of(), null),
                    ClockSettings.standard(), T0);
            c.conversation().replyToCustomer("fabio", "Verificamos a cobrança e faremos o estorno.", Channel.EMAIL,
                    "<r" + i + "@t>", T0.plusHours(2));
            c.conversation().receiveFromCustomer(Channel.EMAIL, "Re", "Obrigada, aguardo o estorno.", List.of(),
                    java.time.Duration.ofDays(7), ClockSettings.standard(), T0.plusHours(3));
            c.conversation().addInternalNote("fabio", "nota interna", T0.plusHours(4));
            c.conversation().replyToCustomer("fabio", "O estorno de R$ 129,90 foi feito.", Channel.EMAIL,
                    "<s" + i + "@t>", T0.plusHours(5));
            theirs.add(c);
        }
        history = CustomerHistory.of("Maria Souza", theirs, T0.plusDays(1));
        html = HistoryHtml.render(history);
    }

    @Benchmark
    public String escapedHtml() {
        return HistoryHtml.render(history);
    }

    @Benchmark
    public byte[] pdf() {
        return pdf.render(html);
    }
}
