package org.triagem.infrastructure.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.triagem.domain.model.ruleset.RulesUnavailableException;

/**
 * The rule-set version in force on this node. Which version that is, is decided in the database and
 * followed by the application layer; this holder only swaps it. The first build runs off the start-up
 * thread (a cold build takes seconds) and readiness stays DOWN until it is done. A new version replaces
 * the old one in a single reference swap; a complaint already being decided keeps the version it
 * started with.
 */
@ApplicationScoped
public class ActiveRuleSet {

    private static final Logger LOG = Logger.getLogger(ActiveRuleSet.class.getName());

    /** The compiled rules and the stored version number they came from, swapped together. */
    private record Installed(long number, CompiledRuleSet rules) {
    }

    private final AtomicReference<Installed> active = new AtomicReference<>();
    private final CompletableFuture<CompiledRuleSet> firstBuild = new CompletableFuture<>();

    /** Makes the stored version {@code number} the one this node decides with. */
    public void install(long number, CompiledRuleSet rules) {
        Installed previous = active.getAndSet(new Installed(number, rules));
        firstBuild.complete(rules);
        LOG.info(() -> "rule set " + rules.version() + " active on this node"
                + (previous == null ? "" : ", replacing " + previous.rules().version()));
    }

    /** Readiness reports the cause when no version can be installed at start-up. */
    public void failedToStart(RuntimeException cause) {
        if (active.get() == null) {
            firstBuild.completeExceptionally(cause);
        }
    }

    /** Completes when the first version is installed on this node (start-up messages wait on it). */
    public CompletionStage<Void> whenReady() {
        return firstBuild.thenAccept(rules -> { });
    }

    public boolean isReady() {
        return active.get() != null;
    }

    /** The stored version number running on this node, if any. */
    public OptionalLong activeNumber() {
        Installed now = active.get();
        return now == null ? OptionalLong.empty() : OptionalLong.of(now.number());
    }

    /** The checksum of the rules running on this node, if any (for the operators' metrics). */
    public java.util.Optional<String> activeChecksum() {
        Installed now = active.get();
        return now == null ? java.util.Optional.empty() : java.util.Optional.of(now.rules().checksum());
    }

    /**
     * The active version, waiting up to {@code patience} for the first build.
     *
     * @throws RulesUnavailableException if no version is active by then
     */
    public CompiledRuleSet current(Duration patience) {
        Installed now = active.get();
        if (now != null) {
            return now.rules();
        }
        try {
            return firstBuild.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RulesUnavailableException("interrupted while waiting for the rules", e);
        } catch (ExecutionException e) {
            throw new RulesUnavailableException("the rules failed to build: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new RulesUnavailableException("the rules are still being built", e);
        }
    }
}
