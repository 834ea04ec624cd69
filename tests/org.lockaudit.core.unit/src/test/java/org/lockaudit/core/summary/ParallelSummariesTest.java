package org.lockaudit.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.FixturePrograms;
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
    @Test
    void twoThreadsGiveTheSummariesOfOne() throws Exception {
        int components = 0;
        long withEffects = 0;
        for (FixturePrograms.Named named : FixturePrograms.all()) {
            List<TranslationUnitFacts> units = named.units();
            CallGraph graph = new CallGraph(new Program(units));
            components += graph.bottomUpComponents().size();
            Map<FunctionId, FunctionSummary> one = new SummaryComputer(graph).compute(null, 1);
            Map<FunctionId, FunctionSummary> two = new SummaryComputer(graph).compute(null, 2, 1);
            String program = named.name();
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
