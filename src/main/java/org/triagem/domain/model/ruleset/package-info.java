/**
 * Rule-set versions: the analysts' whole rules tree, stored with its author, time, comment and
 * checksum, validated (it compiles) and tested (its scenarios pass) before it may become active. The
 * single active version is a database pointer, so every node runs the same rules; reactivating an
 * older version is the rollback. A tree travels as the zip a version stores: a {@link
 * org.triagem.domain.model.ruleset.ProposedTree} before it is stored, a {@link
 * org.triagem.domain.model.ruleset.StoredTree} once it has a number and a label, and building it gives a
 * {@link org.triagem.domain.model.ruleset.BuildVerdict}.
 */
package org.triagem.domain.model.ruleset;
