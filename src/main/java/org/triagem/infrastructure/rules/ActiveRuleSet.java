package org.triagem.infrastructure.rules;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rule-set version in force on this node. The first build runs off the start-up thread (a cold
 * build takes seconds) and readiness stays DOWN until it is done. A new version replaces the old one
 * in a single reference swap; a complaint already being decided keeps the version it started with.
 */
@ApplicationScoped
public class ActiveRuleSet {

    private static final Logger LOG = Logger.getLogger(ActiveRuleSet.class.getName());

    private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();
    private final CompletableFuture<CompiledRuleSet> firstBuild = new CompletableFuture<>();
    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @Inject
    @ConfigProperty(name = "triagem.rules.dir")
    String rulesDir;

    @Resource
    ManagedExecutorService executor;

    /** Starts compiling the rules directory in the background. */
    public void loadInBackground() {
        executor.submit(this::loadFromDirectory);
    }

    /** Compiles the rules directory now and makes it the active version. */
    public CompiledRuleSet loadFromDirectory() {
        long start = System.nanoTime();
        try {
            CompiledRuleSet compiled = compiler.compile(RuleSetFiles.readFrom(Path.of(rulesDir)));
            active.set(compiled);
            firstBuild.complete(compiled);
            LOG.info(() -> "rule set " + compiled.version() + " from " + rulesDir + " active after "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            return compiled;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot build the rules in " + rulesDir, e);
            if (active.get() == null) {
                firstBuild.completeExceptionally(e);
            }
            throw e;
        }
    }

    public boolean isReady() {
        return active.get() != null;
    }

    /**
     * The active version, waiting up to {@code patience} for the first build.
     *
     * @throws RulesUnavailableException if no version is active by then
     */
    public CompiledRuleSet current(Duration patience) {
        CompiledRuleSet now = active.get();
        if (now != null) {
            return now;
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
