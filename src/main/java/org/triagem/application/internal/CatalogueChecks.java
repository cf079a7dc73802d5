package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.Catalogues;
import org.triagem.domain.model.catalogue.NotInCatalogueException;
import org.triagem.domain.model.complaint.Resolution;

/**
 * What staff and the escalation rules name, checked against the managed lists before a case changes:
 * a transfer to "Logistica" would make a department nobody staffs, and a root cause typed freely can
 * never be reported on. Each check answers the value as the list spells it.
 */
@ApplicationScoped
class CatalogueChecks {

    @Inject
    Catalogues catalogues;

    /** @throws NotInCatalogueException with the departments that are accepted */
    String department(String value) {
        return catalogues.current(CatalogueKind.DEPARTMENT).require(value);
    }

    /** The department as the list spells it, or empty when the list does not accept it. */
    Optional<String> knownDepartment(String value) {
        return catalogues.current(CatalogueKind.DEPARTMENT).canonical(value);
    }

    /** @throws NotInCatalogueException naming every refused value (code, root cause, or both) */
    Resolution resolution(Resolution given) {
        Catalogue codes = catalogues.current(CatalogueKind.RESOLUTION_CODE);
        Catalogue causes = catalogues.current(CatalogueKind.ROOT_CAUSE);
        List<NotInCatalogueException.Refusal> refused = new ArrayList<>();
        Optional<String> code = codes.canonical(given.code());
        Optional<String> cause = causes.canonical(given.rootCause());
        if (code.isEmpty()) {
            refused.add(codes.refusal(given.code()));
        }
        if (cause.isEmpty()) {
            refused.add(causes.refusal(given.rootCause()));
        }
        if (!refused.isEmpty()) {
            throw new NotInCatalogueException(refused);
        }
        return new Resolution(code.get(), cause.get(), given.note());
    }
}
