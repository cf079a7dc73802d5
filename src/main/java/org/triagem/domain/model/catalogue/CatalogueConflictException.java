package org.triagem.domain.model.catalogue;

/** A change the list cannot take: a code it already has (in any case), or retiring the fallback department. */
public class CatalogueConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogueConflictException(String message) {
        super(message);
    }
}
