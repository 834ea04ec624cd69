package org.lockaudit.core.binder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.EvidenceStep;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;

/** A finding's evidence agrees with its message: a "returns with X held" path ends with X held. */
class EvidenceAgreesTest {
    private static final Path DIR = Path.of(System.getProperty("lockaudit.repo"),
            "tests/org.lockaudit.core.unit/src/test/resources/fixtures/checks");

    @Test
    void heldPathOfAnInconsistentReturnEndsWithTheLockHeld() throws Exception {
        TreeConfig.Builder b = new TreeConfig.Builder();
        b.includePath(DIR.resolve("include").toAbsolutePath());
        List<TranslationUnitFacts> units = FactsAnalysis.run(b.build(), List.of(DIR.resolve("summaries_may.c")), null)
                .units();
        AnalysisResult r = Analysis.run(units, null);
        List<Finding> mixed = r.findings().stream()
                .filter(f -> f.kind().id().equals("inconsistent-return") && f.function().equals("log_emit")).toList();
        assertEquals(1, mixed.size(), r.findings().toString());
        Finding f = mixed.get(0);
        EvidencePath held = f.evidence().stream().filter(p -> p.label().startsWith("returns with ")).findFirst()
                .orElseThrow();
        EvidenceStep last = held.steps().get(held.steps().size() - 1);
        assertTrue(last.heldAfter().contains("log_lock"), "last step of the held path: " + last);
        EvidencePath free = f.evidence().stream().filter(p -> p.label().startsWith("returns without ")).findFirst()
                .orElseThrow();
        assertFalse(free.steps().get(free.steps().size() - 1).heldAfter().contains("log_lock"), free.toString());
        for (Finding any : r.findings()) {
            for (EvidencePath p : any.evidence()) {
                for (EvidenceStep s : p.steps()) {
                    assertFalse(s.message().contains("may acquire") || s.message().contains("may release"),
                            "a callee's may effect is not a step of its callers' paths: " + s);
                }
            }
        }
    }
}
