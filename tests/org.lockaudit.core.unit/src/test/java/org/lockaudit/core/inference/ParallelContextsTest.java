package org.lockaudit.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FixturePrograms;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * The contextual runs of one height of the component graph on two threads give the sequential pass' contexts, access
 * sites (in the same order) and guards: every check fixture and the PCI example, each its own program, every height
 * shared however few components it has.
 */
class ParallelContextsTest {
    @Test
    void twoThreadsGiveTheSequentialPass() throws Exception {
        int sites = 0;
        int contexts = 0;
        for (FixturePrograms.Named named : FixturePrograms.all()) {
            List<TranslationUnitFacts> units = named.units();
            String program = named.name();
            ContextualAnalysis.Engine engine = ContextualAnalysis.Engine.of(units, null);
            GuardAnalysis.Result one = GuardAnalysis.run(engine, units, GuardOptions.defaults(), null, 1, null);
            GuardAnalysis.Result two = GuardAnalysis.run(engine, units, GuardOptions.defaults(), null, 2, 1, null);
            assertEquals(one.contexts(), two.contexts(), program);
            assertEquals(new ArrayList<>(one.contexts().keySet()), new ArrayList<>(two.contexts().keySet()), program);
            assertEquals(one.sites(), two.sites(), program);
            assertEquals(one.fields(), two.fields(), program);
            sites += one.sites().size();
            contexts += one.contexts().values().stream().mapToInt(List::size).sum();
        }
        // callers pass contexts down to callees in other components: more contexts than functions in some programs
        assertTrue(sites > 300, "access sites: " + sites);
        assertTrue(contexts > 500, "contexts: " + contexts);
    }

    /**
     * Functions a macro defines on one line touch one field at one file and line: their sites tie in the sort, which
     * keeps them in the order their functions ran in the sequential pass. Run side by side, the functions come in
     * any order; the sites must not.
     */
    @Test
    void sitesThatTieKeepTheSequentialOrder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        StringBuilder c = new StringBuilder("""
                struct counter { int hits; };
                #define DEFINE_BUMP(name) void name(struct counter *k) { k->hits++; }
                """);
        for (int i = 0; i < 64; i++) {
            c.append("DEFINE_BUMP(bump_").append(i).append(") ");
        }
        c.append("\n");
        Path unit = dir.resolve("bumps.c");
        Files.writeString(unit, c.toString());
        List<TranslationUnitFacts> units = FactsAnalysis.run(new TreeConfig.Builder().build(), List.of(unit), null)
                .units();
        ContextualAnalysis.Engine engine = ContextualAnalysis.Engine.of(units, null);
        GuardAnalysis.Result one = GuardAnalysis.run(engine, units, GuardOptions.defaults(), null, 1, null);
        assertEquals(64, one.sites().size(), String.valueOf(one.sites()));
        for (int round = 0; round < 20; round++) {
            GuardAnalysis.Result two = GuardAnalysis.run(engine, units, GuardOptions.defaults(), null, 2, 1, null);
            assertEquals(one.sites().stream().map(AccessSite::function).toList(),
                    two.sites().stream().map(AccessSite::function).toList(), "round " + round);
        }
    }
}
