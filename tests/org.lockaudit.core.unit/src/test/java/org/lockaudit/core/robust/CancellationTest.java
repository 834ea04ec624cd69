package org.lockaudit.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.fuzz.Seeds;

/**
 * Cancellation (the IDE's Job, Ctrl-C in the CLI) over a generated 200-unit corpus: the run returns within 200 ms
 * of the cancel, and leaves a cache that a re-run uses and that gives exactly the facts of an uncached run.
 */
class CancellationTest {
    static final long REACTION_MILLIS = 200;

    @TempDir
    static Path dir;
    static TreeLoader.Tree tree;

    @BeforeAll
    static void corpus() throws Exception {
        Path gen = Seeds.repo().resolve("bench/gen_corpus.py");
        assumeTrue(Files.isRegularFile(gen));
        Process p;
        try {
            p = new ProcessBuilder("python3", gen.toString(), "--units", "200", "--out", dir.resolve("corpus").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 not available");
            return;
        }
        assertEquals(0, p.waitFor());
        tree = TreeLoader.load(TreeLoader.Request.of(List.of(dir.resolve("corpus"))));
        assertEquals(200, tree.units().size());
    }

    private FactsResult facts(Path cache, NullProgressMonitor monitor) {
        return FactsAnalysis.run(tree.config(), tree.units(), new FactsAnalysis.Options(cache, 2, 4 << 20), monitor);
    }

    /** Cancels {@code monitor} after {@code afterMs}; returns the cancel time (nanoTime) holder. */
    private static AtomicLong cancelAfter(NullProgressMonitor monitor, long afterMs, ScheduledExecutorService timer) {
        AtomicLong at = new AtomicLong();
        timer.schedule(() -> {
            at.set(System.nanoTime());
            monitor.setCanceled(true);
        }, afterMs, TimeUnit.MILLISECONDS);
        return at;
    }

    @Test
    void cancelledFactRunReturnsQuicklyAndLeavesAUsableCache() throws Exception {
        Path cache = dir.resolve("cache");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            for (long after : new long[] {150, 700, 1500}) {
                long best = Long.MAX_VALUE; // best of up to 3 attempts, as in cancelledAnalysisReturnsQuickly
                for (int attempt = 0; attempt < 3 && best >= REACTION_MILLIS; attempt++) {
                    NullProgressMonitor m = new NullProgressMonitor();
                    AtomicLong at = cancelAfter(m, after, timer);
                    try {
                        facts(cache, m);
                        best = 0; // finished before the cancel: nothing to measure this round
                    } catch (OperationCanceledException e) {
                        best = Math.min(best, (System.nanoTime() - at.get()) / 1_000_000);
                    }
                }
                assertTrue(best < REACTION_MILLIS, "returned " + best + " ms after the cancel at best of 3");
            }
        } finally {
            timer.shutdownNow();
        }
        // Give abandoned parses a moment, then the cache: no half-written entries.
        Thread.sleep(300);
        try (Stream<Path> s = Files.walk(cache)) {
            assertEquals(List.of(), s.filter(p -> p.toString().endsWith(".tmp")).toList());
        }
        FactsResult cached = facts(cache, new NullProgressMonitor());
        assertTrue(cached.stats().cached() > 0, "the cancelled runs' entries are used");
        assertEquals(0, cached.stats().cacheDiscarded(), String.valueOf(cached.notes()));
        FactsResult fresh = facts(null, new NullProgressMonitor());
        assertSameFacts(fresh, cached);
        AnalysisResult a = Analysis.run(fresh, null), b = Analysis.run(cached, null);
        assertEquals(a.findings(), b.findings());
    }

    @Test
    void cancelledAnalysisReturnsQuickly() throws Exception {
        FactsResult facts = facts(null, new NullProgressMonitor());
        long t0 = System.nanoTime();
        Analysis.run(facts, null);
        long full = (System.nanoTime() - t0) / 1_000_000;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            // Cancel in every phase: summaries, checks, guard inference, findings.
            // Wall-clock on a shared machine: a missing cancellation check costs seconds on every attempt, a busy
            // scheduler or a GC pause a few milliseconds once; so the best of up to 3 attempts must be in time.
            for (double at : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
                long best = Long.MAX_VALUE;
                for (int attempt = 0; attempt < 3 && best >= REACTION_MILLIS; attempt++) {
                    NullProgressMonitor m = new NullProgressMonitor();
                    AtomicLong cancelledAt = cancelAfter(m, Math.max(1, (long) (full * at)), timer);
                    try {
                        Analysis.run(facts.units(), org.lockaudit.core.config.Limits.DEFAULT, m);
                        best = Math.min(best, 0); // finished first (a faster run than the measured one)
                    } catch (OperationCanceledException e) {
                        best = Math.min(best, (System.nanoTime() - cancelledAt.get()) / 1_000_000);
                    }
                }
                assertTrue(best < REACTION_MILLIS, "cancelled at " + at + " of the run: returned " + best
                        + " ms after the cancel at best of 3 (full run " + full + " ms)");
            }
        } finally {
            timer.shutdownNow();
        }
    }

    static void assertSameFacts(FactsResult a, FactsResult b) {
        assertEquals(a.units().size(), b.units().size());
        for (int i = 0; i < a.units().size(); i++) {
            TranslationUnitFacts x = EcoreUtil.copy(a.units().get(i)), y = EcoreUtil.copy(b.units().get(i));
            x.setCacheKey(null);
            y.setCacheKey(null);
            assertTrue(EcoreUtil.equals(x, y), "facts of " + x.getPath());
        }
    }
}
