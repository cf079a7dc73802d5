package org.triagem.infrastructure.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A build of the rules directory started while the server is still deploying the application, so that
 * the version the database names is usually compiled by the time the database is reachable. A cold
 * build takes seconds and readiness waits for it, while deployment leaves the second core mostly idle.
 *
 * <p>The build is only a guess: {@link #take} hands it over once, and only for a tree with the same
 * checksum as the first version installed (the usual case: the directory is what was seeded or last
 * reloaded). Otherwise, or when the directory does not compile, the caller builds as it always did.
 */
public final class EarlyBuild {

    private static final Logger LOG = Logger.getLogger(EarlyBuild.class.getName());

    private record Pending(String checksum, CompletableFuture<CompiledRuleSet> build) {
    }

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private EarlyBuild() {
    }

    /** Starts compiling {@code dir} on a daemon thread; does nothing if the directory is missing. */
    public static void startFrom(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        RuleSetFiles tree;
        try {
            tree = RuleSetArchive.readFrom(dir).rules();
        } catch (RuntimeException unreadable) {
            return;
        }
        CompletableFuture<CompiledRuleSet> build = new CompletableFuture<>();
        if (!PENDING.compareAndSet(null, new Pending(tree.checksum(), build))) {
            return;
        }
        // Drools finds the domain classes through the context class loader: the application's, here.
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        Thread builder = new Thread(() -> {
            Thread.currentThread().setContextClassLoader(application);
            try {
                build.complete(new RuleSetCompiler().compile(tree));
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.FINE, "the early build of the rules directory failed; the version will be built", e);
                build.completeExceptionally(e);
            }
        }, "triagem-early-rules-build");
        builder.setDaemon(true);
        builder.start();
    }

    /** Drops a build nobody took (the first start seeds and vets its own), so it is not kept in memory. */
    static void drop() {
        PENDING.set(null);
    }

    /**
     * The early build, labelled {@code versionLabel}, when it compiled a tree with this checksum; waits
     * for it to finish, since it is further along than a new build would be. Only the first call after
     * {@link #startFrom} gets an answer: a build for another tree is dropped then, not kept in memory.
     */
    static Optional<CompiledRuleSet> take(String checksum, String versionLabel) {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null || !pending.checksum().equals(checksum)) {
            return Optional.empty();
        }
        try {
            return Optional.of(pending.build().get().withVersion(versionLabel));
        } catch (ExecutionException failed) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
