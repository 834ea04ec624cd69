package org.lockaudit.core.binder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.DeclaredGuard;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.DiagnosticKind;
import org.lockaudit.core.facts.TranslationUnitFacts;

/** A "protected by" comment becomes a guard only when it names a lock; otherwise it is a diagnostic with its line. */
class DeclaredGuardBindingTest {
    private static final Path DIR = Path.of(System.getProperty("lockaudit.repo"),
            "tests/org.lockaudit.core.unit/src/test/resources/fixtures/guards");

    @Test
    void proseAndRcuAreDiagnosticsNotGuards() throws Exception {
        TreeConfig config = new TreeConfig.Builder().includePath(DIR.resolve("include")).build();
        List<TranslationUnitFacts> units = FactsAnalysis.run(config, List.of(DIR.resolve("declared_prose.c")), null)
                .units();
        Map<String, String> guards = new TreeMap<>();
        Map<Integer, String> diagnostics = new TreeMap<>();
        for (TranslationUnitFacts u : units) {
            for (DeclaredGuard g : u.getDeclaredGuards()) {
                guards.put(g.getTarget(), g.getLock());
            }
            for (Diagnostic d : u.getDiagnostics()) {
                if (d.getKind() == DiagnosticKind.DECLARATION) {
                    diagnostics.put(d.getLine(), d.getMessage());
                }
            }
        }
        assertEquals(Map.of("entry.count", "table_lock"), guards);
        assertEquals(List.of(8, 9, 10, 11), List.copyOf(diagnostics.keySet()), diagnostics.toString());
        assertTrue(diagnostics.get(8).startsWith("guard comment not understood: \"Protected by LRU locks\""),
                diagnostics.get(8));
        assertTrue(diagnostics.get(10).contains("RCU is not a lock"), diagnostics.get(10));
        assertTrue(diagnostics.get(11).contains("'caller' names no lock"), diagnostics.get(11));
    }
}
