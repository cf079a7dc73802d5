/**
 * Rule-set versions: the analysts' whole rules tree, stored with its author, time, comment and
 * checksum, validated (it compiles) and tested (its scenarios pass) before it may become active. The
 * single active version is a database pointer, so every node runs the same rules; reactivating an
 * older version is the rollback.
 */
package org.triagem.domain.model.ruleset;
