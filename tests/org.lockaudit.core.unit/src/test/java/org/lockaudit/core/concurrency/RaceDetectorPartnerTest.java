package org.lockaudit.core.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.GuardOptions;

/**
 * The access a race is reported against: a write every instance of a multi-instance worker makes with no lock is
 * paired with the same write in another instance once the creator's read after the join loop no longer runs at
 * the same time (fixtures/checks/races_join_loop.c).
 */
class RaceDetectorPartnerTest {
    private static final Path DIR = Path.of(System.getProperty("lockaudit.repo"),
            "tests/org.lockaudit.core.unit/src/test/resources/fixtures/checks");

    @Test
    void aWorkerInstancesWriteRacesWithAnotherInstancesWriteNotWithTheReadAfterTheJoinLoop() throws Exception {
        Path f = DIR.resolve("races_join_loop.c");
        TreeConfig.Builder b = new TreeConfig.Builder();
        b.includePath(DIR.resolve("include").toAbsolutePath());
        List<TranslationUnitFacts> units = FactsAnalysis.run(b.build(), List.of(f), null).units();
        AnalysisResult r = Analysis.run(units, GuardOptions.defaults(), null);
        List<Finding> atWrite = r.findings().stream()
                .filter(x -> x.line() == 32 && x.kind().id().equals("unguarded-access")).toList();
        assertEquals(1, atWrite.size(), r.findings().toString());
        String m = atWrite.get(0).message();
        assertTrue(m.startsWith("writes match_found in thread search_worker"), m);
        assertTrue(m.contains("while search_worker() may write it at the same time (races_join_loop.c:32, thread"
                + " search_worker"), m);
    }
}
