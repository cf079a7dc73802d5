package org.triagem.domain.model.catalogue;

/**
 * The managed lists as the checks read them: a transfer, a resolution, an escalation, a routing decision
 * at intake, an upload of rules. Intake asks for every contact, so the answer may be a few seconds old
 * on another node; a change made on this node is seen as soon as it commits.
 */
public interface Catalogues {

    Catalogue current(CatalogueKind kind);
}
