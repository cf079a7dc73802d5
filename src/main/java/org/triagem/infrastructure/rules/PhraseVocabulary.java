package org.triagem.infrastructure.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Mention;

/**
 * The phrases one decision stage's rules look for with {@code Mention( phrase == "..." )}, read from the
 * compiled network once per rule-set version, and the lookup that turns a complaint into the
 * {@link Mention} facts those rules can match.
 *
 * <p>Inserting a fact for every word and word pair of every complaint would cost more than the rules
 * themselves; inserting only the phrases some rule asks for keeps a decision at a handful of inserts, and
 * the hashed equality finds the matching rows whatever the size of the table. The phrases come from the
 * network, not from the source files, so a DRL rule and a table row (CSV or XLSX) count alike.
 */
final class PhraseVocabulary {

    private static final PhraseVocabulary EMPTY = new PhraseVocabulary(Map.of(), 0);

    /** Phrase key (folded words) to every spelling the rules used for it. */
    private final Map<String, List<String>> spellingsByKey;
    private final int longestPhrase;

    private PhraseVocabulary(Map<String, List<String>> spellingsByKey, int longestPhrase) {
        this.spellingsByKey = spellingsByKey;
        this.longestPhrase = longestPhrase;
    }

    /** Reads the literal phrases of every {@code Mention( phrase == "..." )} constraint in the base. */
    static PhraseVocabulary of(KieBase base) {
        Set<String> spellings = new LinkedHashSet<>();
        for (ObjectTypeNode node : ((InternalRuleBase) base).getRete().getObjectTypeNodes()) {
            if (Mention.class.getName().equals(node.getObjectType().getClassName())) {
                collectEqualities(node, spellings);
            }
        }
        if (spellings.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> byKey = new HashMap<>();
        int longest = 0;
        for (String spelling : spellings) {
            // A table cell may list alternatives, "procon, reclame aqui", as it does for mentionsAny.
            for (String alternative : spelling.split(",")) {
                String key = Mention.keyOf(alternative);
                if (!key.isEmpty()) {
                    List<String> of = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!of.contains(spelling)) {
                        of.add(spelling);
                    }
                    longest = Math.max(longest, key.split(" ").length);
                }
            }
        }
        byKey.replaceAll((key, list) -> List.copyOf(list));
        // A HashMap, not Map.copyOf: the immutable map probes linearly on the raw String hash, and
        // phrases that differ in their last letter ("kw00041", "kw00042", table rows generated or typed
        // in series) hash to neighbouring slots. Every word of a complaint that is not a phrase (most of
        // them) then walked the whole cluster: a lookup that grew with the table (DecisionBenchmark).
        return new PhraseVocabulary(Collections.unmodifiableMap(new HashMap<>(byKey)), longest);
    }

    private static void collectEqualities(ObjectSource source, Set<String> spellings) {
        for (ObjectSink sink : source.getObjectSinkPropagator().getSinks()) {
            if (sink instanceof AlphaNode alpha) {
                if (alpha.getConstraint() instanceof IndexableConstraint c
                        && c.getConstraintType() == ConstraintTypeOperator.EQUAL
                        && c.getField() != null && c.getField().getValue() instanceof String phrase) {
                    spellings.add(phrase);
                }
                collectEqualities(alpha, spellings);
            }
        }
    }

    boolean isEmpty() {
        return spellingsByKey.isEmpty();
    }

    /** Number of distinct phrases (after folding, each alternative of a list counted once) the rules look for. */
    int size() {
        return spellingsByKey.size();
    }

    /** One fact per spelling of every looked-for phrase the complaint mentions, each once. */
    List<Mention> mentionsIn(Complaint complaint) {
        if (spellingsByKey.isEmpty()) {
            return List.of();
        }
        List<String> words = complaint.words();
        Set<String> found = null;
        StringBuilder phrase = new StringBuilder();
        for (int start = 0; start < words.size(); start++) {
            String word = words.get(start);
            phrase.setLength(0);
            phrase.append(word);
            for (int n = 0; n < longestPhrase && start + n < words.size(); n++) {
                if (n > 0) {
                    phrase.append(' ').append(words.get(start + n));
                }
                // The one-word phrase is the word itself (its hash already cached): no string is built.
                List<String> spellings = spellingsByKey.get(n == 0 ? word : phrase.toString());
                if (spellings != null) {
                    if (found == null) {
                        found = new LinkedHashSet<>();
                    }
                    found.addAll(spellings);
                }
            }
        }
        if (found == null) {
            return List.of();
        }
        return found.stream().map(Mention::new).toList();
    }
}
