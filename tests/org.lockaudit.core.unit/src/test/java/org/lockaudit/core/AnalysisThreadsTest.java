package org.lockaudit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingKind;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.GuardOptions;

/**
 * The guard inference on a second thread beside the checks ({@code Analysis.run} with two threads) gives what one
 * thread gives, finding for finding and in the same order, on the PCI example and on every check fixture (each its
 * own program), and the two-thread run did run it apart (its timings say so).
 */
class AnalysisThreadsTest {
    private static final Path REPO = Path.of(System.getProperty("lockaudit.repo", "../.."));
    private static final Path CHECKS = REPO.resolve("tests/org.lockaudit.core.unit/src/test/resources/fixtures/checks");

    private static List<String> described(AnalysisResult r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.kind().id() + " " + f.file() + ":" + f.line() + " " + f.function() + " " + f.locks() + " "
                    + f.message() + " " + f.evidence());
        }
        for (Finding f : r.suppressed()) {
            out.add("suppressed " + f.kind().id() + " " + f.file() + ":" + f.line() + " " + f.message());
        }
        return out;
    }

    /** One thread's and two threads' findings of {@code units}; the two-thread timings go to {@code timings}. */
    private static List<String> sameEitherWay(String program, List<TranslationUnitFacts> units, Timings timings) {
        AnalysisResult one = Analysis.run(units, GuardOptions.defaults(), new Timings(), Limits.DEFAULT, 1, null);
        AnalysisResult two = Analysis.run(units, GuardOptions.defaults(), timings, Limits.DEFAULT, 2, null);
        List<String> expected = described(one);
        assertEquals(expected, described(two), program);
        return expected;
    }

    @Test
    void thePciExampleGivesTheSameFindingsOnTwoThreads() throws Exception {
        Path before = REPO.resolve("examples/pci/before");
        List<Path> files;
        try (Stream<Path> s = Files.list(before)) {
            files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        TreeConfig config = new TreeConfig.Builder().includePath(before.resolve("include").toAbsolutePath()).build();
        Timings timings = new Timings();
        List<String> findings = sameEitherWay("examples/pci/before", FactsAnalysis.run(config, files, null).units(),
                timings);
        assertFalse(findings.isEmpty());
        // the inference ran beside the checks: timed apart, waited for, and not counted in the sequential total
        assertTrue(timings.asMap().containsKey("inferenceWait"), timings.asMap().toString());
        assertTrue(timings.asMap().containsKey("inference"), timings.asMap().toString());
        long all = timings.asMap().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(all - timings.get("inference"), timings.sequentialTotal());
    }

    @Test
    void everyCheckFixtureGivesTheSameFindingsOnTwoThreads() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(CHECKS)) {
            files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        TreeConfig config = new TreeConfig.Builder().includePath(CHECKS.resolve("include").toAbsolutePath()).build();
        int races = 0;
        int mixed = 0;
        for (Path f : files) {
            List<String> findings = sameEitherWay(f.getFileName().toString(),
                    FactsAnalysis.run(config, List.of(f), null).units(), new Timings());
            long inferred = findings.stream().filter(x -> x.startsWith(FindingKind.UNGUARDED_ACCESS.id() + " ")
                    || x.startsWith(FindingKind.DECLARED_GUARD_VIOLATION.id() + " ")).count();
            long checked = findings.stream().filter(x -> !x.startsWith("suppressed")).count() - inferred;
            races += (int) inferred;
            mixed += inferred > 0 && checked > 0 ? 1 : 0;
        }
        // the inference's findings come from the second thread; in some programs the merge has both sides to merge
        assertTrue(races > 10, "findings of the guard inference: " + races);
        assertTrue(mixed > 0, "programs with findings of both the checks and the inference: " + mixed);
    }

    @Test
    void oneThreadRunsTheInferenceInline() throws Exception {
        Path f = CHECKS.resolve("races_pthread.c");
        TreeConfig config = new TreeConfig.Builder().includePath(CHECKS.resolve("include").toAbsolutePath()).build();
        Timings timings = new Timings();
        Analysis.run(FactsAnalysis.run(config, List.of(f), null).units(), GuardOptions.defaults(), timings,
                Limits.DEFAULT, 1, null);
        assertFalse(timings.asMap().containsKey("inferenceWait"), timings.asMap().toString());
        assertEquals(timings.asMap().values().stream().mapToLong(Long::longValue).sum(), timings.sequentialTotal());
    }
}
