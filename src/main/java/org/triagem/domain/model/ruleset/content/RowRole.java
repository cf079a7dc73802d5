package org.triagem.domain.model.ruleset.content;

/** What a row of a table is to the analyst reading it. */
public enum RowRole {
    /** The {@code RuleSet} row that names the package. */
    RULE_SET,
    /** A setting under the RuleSet: Import, Variables, Sequential and the like. */
    SETTING,
    /** The {@code RuleTable} row that starts a table and names it. */
    RULE_TABLE,
    /** CONDITION, ACTION, NAME... for each column. */
    COLUMN_KINDS,
    /** The fact types the conditions match. */
    PATTERNS,
    /** The code templates each column's value goes into. */
    TEMPLATES,
    /** The analyst's own column titles: the header row as they wrote it. */
    TITLES,
    /** One rule (a decision table) or one scenario (a scenario file). */
    RULE,
    /** An empty row. */
    BLANK,
    /** Any other row, outside a table. */
    OTHER
}
