package org.triagem.application.digest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triagem.domain.model.complaint.EmailAddress;

/**
 * Who gets each department's digest. Neither the demo registry nor the production tokens give
 * Triagem a supervisor's address today, so the list is configuration ({@code triagem.digest.recipients}):
 * {@code Financeiro=sofia@empresa.com.br,ana@empresa.com.br;Logística=lucas@empresa.com.br}. A
 * department not listed gets no digest; that is the on/off switch per department.
 */
public final class DigestRecipients {

    private final Map<String, List<String>> byDepartment;
    private final List<String> refused;

    private DigestRecipients(Map<String, List<String>> byDepartment, List<String> refused) {
        this.byDepartment = byDepartment;
        this.refused = refused;
    }

    public static DigestRecipients none() {
        return new DigestRecipients(Map.of(), List.of());
    }

    /**
     * Reads {@code Department=address,address;Department=address}. An entry without a department or an
     * address that is not one is left out and named by {@link #refused()} (addresses masked), so one
     * typo costs one recipient, not every department's digest.
     */
    public static DigestRecipients parse(String setting) {
        Map<String, List<String>> byDepartment = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String department = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (department.isEmpty()) {
                refused.add("an entry without \"Department=\"");
                continue;
            }
            for (String address : entry.substring(equals + 1).split(",")) {
                String a = address.strip();
                if (EmailAddress.isValid(a)) {
                    List<String> list = byDepartment.computeIfAbsent(department, d -> new ArrayList<>());
                    if (!list.contains(a)) {
                        list.add(a);
                    }
                } else if (!a.isEmpty()) {
                    refused.add(department + ": " + EmailAddress.mask(a));
                }
            }
        }
        byDepartment.replaceAll((d, list) -> List.copyOf(list));
        return new DigestRecipients(Collections.unmodifiableMap(byDepartment), List.copyOf(refused));
    }

    /** The departments with at least one recipient, in the order configured. */
    public Set<String> departments() {
        return byDepartment.keySet();
    }

    public List<String> of(String department) {
        return byDepartment.getOrDefault(department, List.of());
    }

    /** What {@link #parse} left out, fit for a log line. */
    public List<String> refused() {
        return refused;
    }
}
