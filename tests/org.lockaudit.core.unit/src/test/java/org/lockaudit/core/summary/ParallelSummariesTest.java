package org.lockaudit.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.Program;

/**
 * Summaries computed with the components of one depth shared between two threads are the summaries of one thread,
 * in the same iteration order: every check fixture and the PCI example linked into one program (hundreds of
 * components, most of them at depth 0 or 1), every depth shared however few components it has.
 */
class ParallelSummariesTest {
    private static final Path REPO = Path.of(System.getProperty("lockaudit.repo", "../.."));
    private static final Path CHECKS = REPO.resolve("tests/org.lockaudit.core.unit/src/test/resources/fixtures/checks");

    @Test
    void twoThreadsGiveTheSummariesOfOne() throws Exception {
        List<List<TranslationUnitFacts>> programs = new ArrayList<>();
        TreeConfig checks = new TreeConfig.Builder().includePath(CHECKS.resolve("include").toAbsolutePath()).build();
        try (Stream<Path> s = Files.list(CHECKS)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
                programs.add(FactsAnalysis.run(checks, List.of(f), null).units());
            }
        }
        Path pci = REPO.resolve("examples/pci/before");
        try (Stream<Path> s = Files.list(pci)) {
            programs.add(FactsAnalysis.run(new TreeConfig.Builder().includePath(pci.resolve("include")
                    .toAbsolutePath()).build(), s.filter(p -> p.toString().endsWith(".c")).sorted().toList(), null)
                    .units());
        }
        int components = 0;
        long withEffects = 0;
        for (List<TranslationUnitFacts> units : programs) {
            CallGraph graph = new CallGraph(new Program(units));
            components += graph.bottomUpComponents().size();
            Map<FunctionId, FunctionSummary> one = new SummaryComputer(graph).compute(null, 1);
            Map<FunctionId, FunctionSummary> two = new SummaryComputer(graph).compute(null, 2, 1);
            String program = units.isEmpty() ? "?" : units.get(0).getPath();
            assertEquals(new ArrayList<>(one.keySet()), new ArrayList<>(two.keySet()), program);
            for (Map.Entry<FunctionId, FunctionSummary> e : one.entrySet()) {
                assertEquals(e.getValue(), two.get(e.getKey()), program + ": " + e.getKey());
            }
            withEffects += one.values().stream().filter(x -> !x.any().isEmpty() || !x.onZero().isEmpty()).count();
        }
        assertTrue(components > 300, "components: " + components);
        // the summaries have lock effects to tell apart (wrappers, and their callers through them)
        assertTrue(withEffects > 20, "summaries with lock effects: " + withEffects);
    }
}
