package org.triagem.domain.model.catalogue;

/** An administrative change names an entry the list does not have. */
public class CatalogueEntryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogueEntryNotFoundException(CatalogueKind kind, String code) {
        super("The " + kind.slug() + " list has no entry " + code + ".");
    }
}
