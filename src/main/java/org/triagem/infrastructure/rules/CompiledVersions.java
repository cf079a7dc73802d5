package org.triagem.infrastructure.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The last few compiled versions, by number: activation, rollback and simulation reuse them instead
 * of compiling again. Bounded, since each holds five KieBases.
 */
final class CompiledVersions {

    private static final int CAPACITY = 6;

    private final Map<Long, CompiledRuleSet> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CompiledRuleSet> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void put(long number, CompiledRuleSet rules) {
        recent.put(number, rules);
    }

    /** Compiles outside the lock: a build takes seconds and must not hold up the others. */
    CompiledRuleSet computeIfAbsent(long number, LongFunction<CompiledRuleSet> compile) {
        synchronized (this) {
            CompiledRuleSet cached = recent.get(number);
            if (cached != null) {
                return cached;
            }
        }
        CompiledRuleSet built = compile.apply(number);
        put(number, built);
        return built;
    }
}
