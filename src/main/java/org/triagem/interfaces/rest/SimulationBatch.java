package org.triagem.interfaces.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.ComplaintSimulation;
import org.triagem.application.SimulationSample;

/**
 * A CSV batch decided row by row: the file read ({@link SimulationBatchCsv}; a file that cannot be read
 * is a 400 problem), each row simulated, and a row that cannot be decided given its error, said in the
 * asker's language, while the others go on.
 */
public final class SimulationBatch {

    private SimulationBatch() {
    }

    /**
     * @param simulate decides one sample (with the version the batch asked for)
     * @param languages the asker's languages, most wanted first, for the rows' errors
     */
    public static SimulationBatchView run(byte[] csv, Function<SimulationSample, ComplaintSimulation.Simulated> simulate,
            List<Locale> languages) {
        ProblemTexts language = ProblemTexts.forLanguages(languages);
        List<SimulationBatchView.Row> rows = new ArrayList<>();
        String decidedWith = null;
        for (SimulationBatchCsv.Row row : SimulationBatchCsv.read(csv == null ? new byte[0] : csv)) {
            try {
                SimulationView view = SimulationView.of(simulate.apply(sampleOf(row)));
                decidedWith = view.ruleSetVersion();
                rows.add(SimulationBatchView.Row.decided(row.number(), view));
            } catch (ProblemException e) {
                rows.add(SimulationBatchView.Row.failed(row.number(), said(language, e.problem())));
            } catch (CaseNotFoundException e) {
                rows.add(SimulationBatchView.Row.failed(row.number(),
                        said(language, Problem.coded("case-not-found", 404, "detail", e.protocol().value()))));
            }
        }
        return SimulationBatchView.of(decidedWith, rows);
    }

    private static SimulationSample sampleOf(SimulationBatchCsv.Row row) {
        if (!row.errors().isEmpty()) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: "
                    + row.errors().stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", ")))
                    .withErrors(row.errors()));
        }
        return row.request().sample();
    }

    /** A row's problem as one line in the asker's language: the detail, then each field at fault. */
    private static String said(ProblemTexts language, Problem problem) {
        Problem p = language.translate(problem);
        return Stream.concat(Stream.of(p.detail()), p.errors() == null ? Stream.empty()
                : p.errors().stream().map(e -> e.field() + ": " + e.message()))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" — "));
    }
}
