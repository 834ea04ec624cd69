package org.lockaudit.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.GlobalVariable;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.frontend.SourceFiles;

/** The facts record a global's thread-local storage class however it is spelt, and only for such globals. */
class ThreadLocalGlobalsTest {
    @TempDir
    Path dir;

    @Test
    void everySpellingOfThreadLocalStorageIsRecordedOnTheGlobal() throws Exception {
        SourceFiles.write(dir, "include/tls.h", """
                #define TLS __thread
                #define thread_local _Thread_local
                """);
        Path c = SourceFiles.write(dir, "u.c", """
                #include "tls.h"
                struct ctx { int n; };
                __thread int a;
                static __thread struct ctx b;
                _Thread_local long c;
                static thread_local int d;
                TLS int e, f;
                extern __thread int g;
                int plain;
                static struct ctx shared;
                int use(void) { return a + b.n + (int)c + d + e + f + g + plain + shared.n; }
                """);
        TreeConfig cfg = new TreeConfig.Builder().includePath(dir.resolve("include")).build();
        List<TranslationUnitFacts> units = FactsAnalysis.run(cfg, List.of(c), null).units();
        Map<String, Boolean> threadLocal = new TreeMap<>();
        for (GlobalVariable g : units.get(0).getGlobals()) {
            if (!g.getName().startsWith("__lockaudit_")) { // the prelude's pseudo-declarations
                threadLocal.put(g.getName(), g.isThreadLocal());
            }
        }
        Map<String, Boolean> expected = new TreeMap<>(Map.of("a", true, "b", true, "c", true, "d", true, "e", true,
                "f", true, "g", true, "plain", false, "shared", false));
        assertEquals(expected, threadLocal);
    }
}
