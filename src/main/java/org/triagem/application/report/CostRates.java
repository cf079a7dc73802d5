package org.triagem.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.triagem.domain.model.complaint.Channel;

/**
 * The figures of the cost estimate, as the desk's manager keeps them in {@code rules/catalogue/costs.csv}:
 * an hourly cost per department (applied to the minutes cases spent in progress) and a cost per contact
 * per channel. It is an estimate: the manager's figures, not the payroll.
 *
 * <p>The file is pt-BR spreadsheet CSV (semicolons, decimal comma or point), one row per figure:
 * {@code departamento;Financeiro;42,00} or {@code canal;PHONE;4,50}. A department named {@code *} prices
 * every department not listed. A bad row is refused with its line number and reason; the good rows
 * still apply.
 */
public record CostRates(Map<String, BigDecimal> hourlyByDepartment, Map<String, BigDecimal> perContactByChannel,
        List<String> refused) {

    /** No file: nothing to price, so no cost figure. */
    public static final CostRates NONE = new CostRates(Map.of(), Map.of(), List.of());

    static final String ANY_DEPARTMENT = "*";
    private static final BigDecimal MOST = new BigDecimal("100000");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final Set<String> CHANNELS = Arrays.stream(Channel.values()).map(Enum::name)
            .collect(Collectors.toSet());

    public CostRates {
        hourlyByDepartment = Map.copyOf(hourlyByDepartment);
        perContactByChannel = Map.copyOf(perContactByChannel);
        refused = List.copyOf(refused);
    }

    /** True when the file priced nothing: the report then has no cost figure rather than R$ 0. */
    public boolean isEmpty() {
        return hourlyByDepartment.isEmpty() && perContactByChannel.isEmpty();
    }

    /** The cost of this many minutes in progress in the department (R$, unrounded). */
    public BigDecimal ofMinutes(String department, long minutes) {
        BigDecimal hourly = hourlyByDepartment.getOrDefault(department,
                hourlyByDepartment.getOrDefault(ANY_DEPARTMENT, BigDecimal.ZERO));
        return hourly.multiply(BigDecimal.valueOf(minutes)).divide(SIXTY, 6, RoundingMode.HALF_EVEN);
    }

    /** The cost of this many contacts through the channel (R$). */
    public BigDecimal ofContacts(String channel, long contacts) {
        return perContactByChannel.getOrDefault(channel, BigDecimal.ZERO).multiply(BigDecimal.valueOf(contacts));
    }

    /** Reads the file's lines; blank lines, {@code #} comments and the header row are skipped. */
    public static CostRates parse(List<String> lines) {
        Map<String, BigDecimal> hourly = new HashMap<>();
        Map<String, BigDecimal> perContact = new HashMap<>();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // a spreadsheet's byte-order mark
            }
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(Locale.ROOT).startsWith("tipo;")) {
                continue;
            }
            String problem = take(line, hourly, perContact);
            if (problem != null) {
                refused.add("costs.csv line " + (i + 1) + ": " + problem);
            }
        }
        return new CostRates(hourly, perContact, refused);
    }

    /** Adds the row's figure, or says why it is refused. */
    private static String take(String line, Map<String, BigDecimal> hourly, Map<String, BigDecimal> perContact) {
        String[] cells = line.split(";", -1);
        if (cells.length != 3) {
            return "expected 3 cells separated by ';' (tipo;nome;valor_brl), found " + cells.length;
        }
        String kind = cells[0].strip().toLowerCase(Locale.ROOT);
        String name = cells[1].strip();
        BigDecimal amount = amount(cells[2].strip());
        if (name.isEmpty()) {
            return "the name is empty";
        }
        if (amount == null) {
            return "'" + cells[2].strip() + "' is not an amount in R$ from 0 to 100000 (e.g. 42,50)";
        }
        Map<String, BigDecimal> into;
        if (kind.equals("departamento") || kind.equals("department")) {
            into = hourly;
        } else if (kind.equals("canal") || kind.equals("channel")) {
            name = name.toUpperCase(Locale.ROOT);
            if (!CHANNELS.contains(name)) {
                return "unknown channel '" + name + "' (use " + String.join(", ", CHANNELS.stream().sorted().toList()) + ")";
            }
            into = perContact;
        } else {
            return "unknown type '" + cells[0].strip() + "' (use departamento or canal)";
        }
        if (into.putIfAbsent(name, amount) != null) {
            return "'" + name + "' is priced twice; the first row stands";
        }
        return null;
    }

    private static BigDecimal amount(String text) {
        String plain = text.replace("R$", "").strip();
        if (!plain.matches("\\d{1,6}([.,]\\d{1,4})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain.replace(',', '.'));
        return value.compareTo(MOST) > 0 ? null : value;
    }
}
