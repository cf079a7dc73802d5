package org.triagem.infrastructure.costs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.report.CostCatalogue;
import org.triagem.application.report.CostRates;

/**
 * {@code <rules dir>/catalogue/costs.csv}, read again when its modification time or size changes: a
 * stat per report, so every node sees an edit on its next report without a restart. Refused rows are
 * logged once per version of the file, with their line and reason; the good rows apply. A file that
 * cannot be read keeps the last good figures.
 */
@ApplicationScoped
public class CsvCostCatalogue implements CostCatalogue {

    static final String FILE = "catalogue/costs.csv";
    private static final Logger LOG = Logger.getLogger(CsvCostCatalogue.class.getName());

    @Inject
    @ConfigProperty(name = "triagem.rules.dir")
    String rulesDir;

    private record Loaded(FileTime modified, long size, CostRates rates) {
    }

    private volatile Loaded loaded;

    @Override
    public CostRates current() {
        Path file = Path.of(rulesDir).resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return CostRates.NONE;
            }
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Loaded now = loaded;
            if (now != null && Objects.equals(now.modified(), modified) && now.size() == size) {
                return now.rates();
            }
            CostRates rates = CostRates.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            rates.refused().forEach(problem -> LOG.warning(() -> "cost estimate: row refused, " + problem));
            LOG.info(() -> "cost estimate: " + rates.hourlyByDepartment().size() + " department and "
                    + rates.perContactByChannel().size() + " channel figures read from " + file);
            loaded = new Loaded(modified, size, rates);
            return rates;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "cost estimate: cannot read " + file + " (" + e.getClass().getSimpleName()
                    + "), keeping the last figures read");
            Loaded last = loaded;
            return last == null ? CostRates.NONE : last.rates();
        }
    }
}
