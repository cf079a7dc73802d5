package org.triagem.domain.model.ruleset;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The server's scenarios a proposal asks to drop, by the name in their {@code name} column, and why.
 * The server's scenarios (those of the active version) run on every proposal; dropping one shrinks the
 * gate, so it is allowed only with a reason, which the version keeps beside the names.
 */
public record ScenarioRemoval(List<String> names, String reason) {

    public static final ScenarioRemoval NONE = new ScenarioRemoval(List.of(), null);

    /**
     * @throws ScenarioRemovalException when scenarios are named and no reason is given
     */
    public ScenarioRemoval {
        names = names == null ? List.of() : List.copyOf(new LinkedHashSet<>(names.stream()
                .filter(n -> n != null && !n.isBlank()).map(String::strip).toList()));
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (!names.isEmpty() && reason == null) {
            throw new ScenarioRemovalException(ScenarioRemovalException.Kind.NO_REASON, String.join(", ", names));
        }
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public boolean removes(String scenarioName) {
        return scenarioName != null && names.contains(scenarioName.strip());
    }
}
