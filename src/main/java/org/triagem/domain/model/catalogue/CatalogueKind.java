package org.triagem.domain.model.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The managed lists, each with the name it has in the API's paths. */
public enum CatalogueKind {
    DEPARTMENT("departments"),
    RESOLUTION_CODE("resolution-codes"),
    ROOT_CAUSE("root-causes");

    private final String slug;

    CatalogueKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<CatalogueKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
