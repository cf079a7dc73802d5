package org.triagem.domain.model.routing;

import java.util.List;
import java.util.Objects;

/** The rules one decision stage fired for one complaint, in firing order. */
public record StageFirings(DecisionStage stage, List<String> firedRules) {

    public StageFirings {
        Objects.requireNonNull(stage);
        firedRules = List.copyOf(firedRules);
    }
}
