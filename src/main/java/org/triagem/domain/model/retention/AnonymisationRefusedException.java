package org.triagem.domain.model.retention;

import java.util.List;
import java.util.stream.Collectors;

/** An anonymisation that a hold stops: nothing was changed, and every hold that applies is named. */
public class AnonymisationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Hold> holds;

    public AnonymisationRefusedException(List<Hold> holds) {
        super("anonymisation refused: " + holds.stream()
                .map(h -> h.kind() + (h.protocol() == null ? "" : " on " + h.protocol()))
                .collect(Collectors.joining(", ")));
        this.holds = List.copyOf(holds);
    }

    public List<Hold> holds() {
        return holds;
    }
}
