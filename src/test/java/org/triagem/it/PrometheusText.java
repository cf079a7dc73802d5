package org.triagem.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scrape of /metrics in the Prometheus text format (0.0.4), read as a scraper reads it: comment
 * lines skipped, each sample a name, its labels (quoted values with {@code \\}, {@code \"} and
 * {@code \n} escapes) and a float value (NaN and +/-Inf included).
 */
final class PrometheusText {

    /** One sample line. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                samples.add(sample(trimmed));
            }
        }
        return new PrometheusText(samples);
    }

    List<Sample> samples() {
        return samples;
    }

    /** The samples of this name whose labels include all of {@code labels}. */
    List<Sample> find(String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name)
                && s.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    /** The value of the one sample of this name with these labels (and perhaps more). */
    double value(String name, Map<String, String> labels) {
        List<Sample> found = find(name, labels);
        if (found.size() != 1) {
            throw new AssertionError("expected one sample " + name + labels + ", found " + found.size() + ": "
                    + samples.stream().filter(s -> s.name().startsWith("triagem_")).toList());
        }
        return found.get(0).value();
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int rest;
        if (brace >= 0 && (space < 0 || brace < space)) {
            name = line.substring(0, brace);
            rest = labels(line, brace + 1, labels);
        } else {
            name = line.substring(0, space);
            rest = space;
        }
        String[] valueAndTime = line.substring(rest).strip().split("\\s+");
        return new Sample(name, Map.copyOf(labels), number(valueAndTime[0]));
    }

    /** Reads {@code a="x",b="y"} up to the closing brace; returns the index after it. */
    private static int labels(String line, int at, Map<String, String> into) {
        int i = at;
        while (true) {
            while (line.charAt(i) == ',' || line.charAt(i) == ' ') {
                i++;
            }
            if (line.charAt(i) == '}') {
                return i + 1;
            }
            int eq = line.indexOf('=', i);
            String key = line.substring(i, eq).strip();
            i = eq + 1;
            if (line.charAt(i) != '"') {
                throw new IllegalArgumentException("label value not quoted in: " + line);
            }
            StringBuilder value = new StringBuilder();
            for (i = i + 1; line.charAt(i) != '"'; i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
            }
            into.put(key, value.toString());
            i++;
        }
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
