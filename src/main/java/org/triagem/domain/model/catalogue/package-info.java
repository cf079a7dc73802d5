/**
 * The managed lists staff and rules must choose from instead of typing free text: departments,
 * resolution codes and root-cause categories. Each entry has a stable code (what cases, rules and
 * reports store) and a pt-BR label (an English one optional); entries are added, relabelled and retired,
 * never deleted, so that a case closed with a retired code can still be reported on. Every change is
 * kept as a {@link org.triagem.domain.model.catalogue.CatalogueChange} (who, when, before, after) under the
 * list's revision number, and a {@link org.triagem.domain.model.catalogue.Catalogue} is the list as it
 * stands, the one thing a transfer, a resolution, an escalation or an upload of rules is checked against.
 */
package org.triagem.domain.model.catalogue;
