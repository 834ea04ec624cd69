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

    /**
     * A path shows each test with the truth it takes: a macro's own test inside a statement expression is named
     * apart from the test of the macro's value (it showed the same text both false and true), and a variable
     * tested inside {@code unlikely(!s)} is shown as {@code s} with its own truth (the macro text showed it
     * inverted); each test of a macro's body ({@code cat && (conf->level > lv || !bit)}) is shown with its own
     * expanded text (the invocation's text showed one test false, then true).
     */
    @Test
    void testsWrittenThroughMacrosShowWhatTheyTest() throws Exception {
        TreeConfig.Builder b = new TreeConfig.Builder();
        b.includePath(DIR.resolve("include").toAbsolutePath());
        List<TranslationUnitFacts> units = FactsAnalysis.run(b.build(),
                List.of(DIR.resolve("evidence_macro_conditions.c")), null).units();
        AnalysisResult r = Analysis.run(units, null);
        assertEquals(3, r.findings().size(), r.findings().toString());
        for (Finding f : r.findings()) {
            for (EvidencePath p : f.evidence()) {
                java.util.Map<String, String> seen = new java.util.HashMap<>();
                for (EvidenceStep s : p.steps()) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("'(.*)' is (true|false)")
                            .matcher(s.message());
                    if (m.matches()) {
                        String key = s.line() + ":" + m.group(1);
                        String before = seen.put(key, m.group(2));
                        assertTrue(before == null || before.equals(m.group(2)),
                                "one test shown both ways on one path: " + p);
                    }
                }
            }
        }
        Finding wur = r.findings().stream().filter(f -> f.kind().id().equals("write-under-read-lock")).findFirst()
                .orElseThrow();
        assertTrue(wur.evidence().get(0).steps().stream()
                .anyMatch(s -> s.message().equals("'bits_bad_size(…) inside test_and_clear(3, &pick_flags)' is false")),
                wur.evidence().toString());
        Finding level = r.findings().stream().filter(f -> f.function().equals("level_log")).findFirst().orElseThrow();
        assertTrue(level.evidence().get(0).steps().stream()
                .anyMatch(s -> s.message().equals("'level_conf->level > level (in level_skip)' is false")), level.evidence().toString());
        Finding ir = r.findings().stream().filter(f -> f.kind().id().equals("inconsistent-return")).findFirst()
                .orElseThrow();
        EvidencePath held = ir.evidence().stream().filter(p -> p.label().startsWith("returns with ")).findFirst()
                .orElseThrow();
        assertTrue(held.steps().stream().anyMatch(s -> s.message().equals("'s' is true")), held.toString());
    }
}
