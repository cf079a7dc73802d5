package org.triagem.domain.model.ruleset.content;

/**
 * One line of a text file compared: kept, removed or added.
 *
 * @param fromLine its number in the older version, 0 when added
 * @param toLine its number in the newer version, 0 when removed
 */
public record LineDiff(Change change, int fromLine, int toLine, String text) {
}
