package org.triagem.domain.model.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value that a managed list does not hold (or holds retired) was used where only the list's values
 * may be: a transfer to "Logistica", a resolution with a code nobody defined. Each refusal carries the
 * codes that would have been accepted, so the caller can offer them.
 */
public class NotInCatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One value refused, and the list's active codes. */
    public record Refusal(CatalogueKind kind, String value, List<String> known) {
        public Refusal {
            known = List.copyOf(known);
        }
    }

    private final transient List<Refusal> refusals;

    public NotInCatalogueException(List<Refusal> refusals) {
        super(refusals.stream().map(r -> "\"" + r.value() + "\" is not one of the " + r.kind().slug() + " ("
                + String.join(", ", r.known()) + ")").collect(Collectors.joining("; ")));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
