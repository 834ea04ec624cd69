package org.lockaudit.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.frontend.SourceFiles;
import org.lockaudit.core.inference.GuardOptions;

/**
 * noreturn is inferred across units, to a fixpoint: die() (in one unit) ends every path in exit(), fatal() (in
 * another) in die(), so the code after a call to either is dead; report() returns on one path and is not inferred.
 */
class NoReturnsTest {
    @TempDir
    Path dir;

    private List<TranslationUnitFacts> units() throws Exception {
        SourceFiles.write(dir, "include/util.h", """
                typedef struct { int m; } pthread_mutex_t;
                int pthread_mutex_lock(pthread_mutex_t *m);
                int pthread_mutex_unlock(pthread_mutex_t *m);
                void exit(int status) __attribute__((noreturn));
                void die(const char *why);
                void fatal(int code);
                int report(int code);
                """);
        Path a = SourceFiles.write(dir, "a.c", """
                #include "util.h"
                int puts(const char *s);
                void die(const char *why) { puts(why); exit(1); }
                int report(int code) { if (code > 9) die("bad"); return code; }
                """);
        Path b = SourceFiles.write(dir, "b.c", """
                #include "util.h"
                void fatal(int code) { if (code) die("fatal"); else die("zero"); }
                """);
        Path c = SourceFiles.write(dir, "c.c", """
                #include "util.h"
                static pthread_mutex_t m;
                static long value;
                long take(void)
                {
                    pthread_mutex_lock(&m);
                    if (value < 0) {
                        fatal(2);
                        return -1;
                    }
                    value++;
                    pthread_mutex_unlock(&m);
                    return 0;
                }
                long take_or_report(void)
                {
                    pthread_mutex_lock(&m);
                    if (value < 0) {
                        report(2);
                        return -1;
                    }
                    value++;
                    pthread_mutex_unlock(&m);
                    return 0;
                }
                """);
        TreeConfig cfg = new TreeConfig.Builder().includePath(dir.resolve("include")).build();
        return FactsAnalysis.run(cfg, List.of(a, b, c), null).units();
    }

    @Test
    void aFunctionEndingEveryPathInANoreturnCallIsNoreturnAcrossUnits() throws Exception {
        CallGraph cg = new CallGraph(new Program(units()));
        Set<String> names = new TreeSet<>();
        for (FunctionId f : cg.noReturns().inferred()) {
            names.add(f.name());
        }
        assertEquals(Set.of("die", "fatal"), names);
    }

    @Test
    void theCodeAfterACallToAnInferredFunctionIsDead() throws Exception {
        AnalysisResult r = Analysis.run(units(), GuardOptions.defaults(), null);
        List<String> found = r.findings().stream()
                .map(f -> Path.of(f.file()).getFileName() + ":" + f.line() + " " + f.kind().id()).sorted().toList();
        assertEquals(List.of("c.c:20 inconsistent-return"), found);
    }
}
