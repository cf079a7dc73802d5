package org.triagem.bench;

import java.util.List;

/**
 * The baseline: the ownership table as a plain-Java loop, first match wins, the way one would write it
 * without a rule engine. It decides only ownership, so against the full four-stage decision it is the
 * generous side of the comparison.
 */
final class SequentialRouter {

    private final List<KeywordTable.Row> rows;

    SequentialRouter(KeywordTable table) {
        this.rows = table.rows();
    }

    /** Tests each row with {@code Complaint.mentions}, as the {@code MENTIONS} table does. */
    String byMentions(TokenisedComplaint complaint) {
        for (KeywordTable.Row row : rows) {
            if (complaint.mentions(row.keyword())) {
                return row.department();
            }
        }
        return KeywordTable.FALLBACK;
    }

    /** Tests each row against the word set, as the {@code WORDS_CONTAINS} table does. */
    String byWords(TokenisedComplaint complaint) {
        for (KeywordTable.Row row : rows) {
            if (complaint.getWords().contains(row.keyword())) {
                return row.department();
            }
        }
        return KeywordTable.FALLBACK;
    }
}
