package org.triagem.bench;

/**
 * How a generated ownership row tests its keyword. The three forms decide the same thing; they differ
 * in what Drools can index.
 */
public enum KeywordCondition {

    /** What an analyst writes today: a method call, which Drools must run once per row. */
    MENTIONS("Complaint", "mentions(\"$param\")", ""),

    /**
     * What the engine offers analysts now: the {@code Mention} fact, inserted only for the phrases some row
     * asks for, with a hashed equality. No supporting rule: {@code CompiledRuleSet} inserts the facts.
     */
    MENTION_FACT("Mention", "phrase == \"$param\"", ""),

    /** A {@code contains} on a word set: cheaper per row, but still one test per row (not hashable). */
    WORDS_CONTAINS("TokenisedComplaint", "words contains \"$param\"", ""),

    /** An equality on a word fact: hashed, so the matching row is found by lookup. */
    WORD_EQUALS("MentionedWord", "text == \"$param\"", """
            package ownership;

            import org.triagem.bench.TokenisedComplaint;
            import org.triagem.bench.MentionedWord;

            // One firing inserts every word. Its own activation group, because the table's RuleSet-level
            // ACTIVATION-GROUP is a package attribute and would otherwise let this rule cancel the rows.
            // Above every table row (their saliences count down from 65535), so the words are facts
            // before the first-match-wins group picks its row.
            rule "The words of the complaint become facts the keyword rows look up"
                salience 1000000
                activation-group "words"
            when
                $c : TokenisedComplaint()
            then
                for ( String word : $c.getWords() ) {
                    insert( new MentionedWord( word ) );
                }
            end
            """);

    private final String objectType;
    private final String constraint;
    private final String supportingDrl;

    KeywordCondition(String objectType, String constraint, String supportingDrl) {
        this.objectType = objectType;
        this.constraint = constraint;
        this.supportingDrl = supportingDrl;
    }

    /** The fact type in the table's condition column. */
    String objectType() {
        return objectType;
    }

    /** The constraint template in the table's condition column. */
    String constraint() {
        return constraint;
    }

    /** A DRL file the table needs beside it, or empty. */
    String supportingDrl() {
        return supportingDrl;
    }
}
