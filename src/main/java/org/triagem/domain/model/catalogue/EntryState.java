package org.triagem.domain.model.catalogue;

/**
 * What an entry looked like at one moment: its labels and whether it was retired. The audit keeps one
 * before and one after each change.
 */
public record EntryState(String label, String labelEn, boolean retired) {
}
