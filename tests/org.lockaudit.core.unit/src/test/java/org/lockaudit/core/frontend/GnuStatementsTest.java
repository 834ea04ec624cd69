package org.lockaudit.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.CompilerFlags;
import org.lockaudit.core.config.CompilerInfo;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.config.UnitFlags;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.Label;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * GNU C that GCC accepts and CDT's parser did not (issue 15, "the last percent"): attribute statements
 * ({@code fallthrough;}), {@code asm goto}, labels with attributes, progress-label macros expanding to a statement,
 * {@code fallthrough;} and a {@code case} label, and forced includes found along the include chain. The fixtures are
 * written for these tests.
 */
class GnuStatementsTest {
    @TempDir
    Path dir;

    private TranslationUnitFacts facts(TreeConfig cfg, Path c) throws Exception {
        FactsResult r = FactsAnalysis.run(cfg, List.of(c), null);
        return r.units().get(0);
    }

    private static Function function(TranslationUnitFacts tu, String name) {
        return tu.getFunctions().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    private static void assertClean(TranslationUnitFacts tu) {
        for (Function f : tu.getFunctions()) {
            assertFalse(f.isProblem(), f.getName() + ": " + tu.getDiagnostics());
        }
        assertTrue(tu.getDiagnostics().isEmpty(), String.valueOf(tu.getDiagnostics()));
    }

    /** The node holding label {@code name}'s event. */
    private static int labelNode(Function f, String name) {
        for (CfgNode n : f.getNodes()) {
            for (Event e : n.getEvents()) {
                if (e instanceof Label l && l.getName().equals(name)) {
                    return n.getId();
                }
            }
        }
        throw new AssertionError("no label " + name);
    }

    private static long predecessors(Function f, int node) {
        return f.getNodes().stream().filter(n -> n.getSuccessors().contains(node)).count();
    }

    @Test
    void fallthroughAttributeStatementsParse() throws Exception {
        SourceFiles.write(dir, "include/attrs.h", """
                #define fallthrough __attribute__((__fallthrough__))
                static inline int pick(int k)
                {
                    int r = 0;
                    switch (k) {
                    case 1:
                        r += 1;
                        fallthrough;
                    case 2:
                        r += 2;
                        __attribute__((fallthrough));
                    default:
                        break;
                    }
                    return r;
                }
                """);
        Path c = SourceFiles.write(dir, "a.c", """
                #include <attrs.h>
                int state;
                int step(int k)
                {
                    switch (k) {
                    case 0:
                        state = 1;
                        fallthrough;
                    case 1:
                        state = pick(k);
                        break;
                    }
                    return state;
                }
                """);
        TranslationUnitFacts tu = facts(new TreeConfig.Builder().includePath(dir.resolve("include")).build(), c);
        assertClean(tu);
        assertEquals(2, tu.getFunctions().size());
    }

    @Test
    void labelsMayCarryAttributes() throws Exception {
        Path c = SourceFiles.write(dir, "a.c", """
                #define __unused_label __attribute__((__unused__))
                int done;
                int finish(int x)
                {
                    if (x)
                        goto out;
                    done = 1;
                 out: __unused_label;
                    return done;
                 spare: __attribute__((unused))
                    return -1;
                }
                """);
        TranslationUnitFacts tu = facts(TreeConfig.empty(), c);
        assertClean(tu);
        Function f = function(tu, "finish");
        assertEquals(2, predecessors(f, labelNode(f, "out")), "the goto and the fall-through reach out:");
    }

    @Test
    void asmGotoParsesAndJumpsToItsLabels() throws Exception {
        Path c = SourceFiles.write(dir, "a.c", """
                #define asm_inline asm __inline
                int hits;
                int probe(int x)
                {
                    asm goto ("test %0, %0; jz %l1" : : "r"(x) : "cc" : none);
                    hits++;
                    __asm__ volatile goto ("" : : : : twice);
                    return 1;
                 twice:
                    asm_inline volatile goto ("" : : : : none);
                    asm inline ("nop");
                    return 2;
                 none:
                    return 0;
                }
                """);
        TranslationUnitFacts tu = facts(TreeConfig.empty(), c);
        assertClean(tu);
        Function f = function(tu, "probe");
        assertEquals(1, predecessors(f, labelNode(f, "twice")), "only the asm goto jumps to twice:");
        assertEquals(2, predecessors(f, labelNode(f, "none")), "two asm gotos jump to none:");
    }

    @Test
    void progressLabelMacrosExpandingToCaseLabels() throws Exception {
        Path c = SourceFiles.write(dir, "a.c", """
                #define fallthrough __attribute__((__fallthrough__))
                struct job { int stage; int n; };
                int work(struct job *j);
                #define STAGE(s)            \\
                        j->stage = ST_ ## s; \\
                        fallthrough;        \\
                    case ST_ ## s
                int run(struct job *j)
                {
                    int rc;
                    switch (j->stage) {
                        enum { ST_start, ST_first, ST_loop, ST_end };
                    case ST_start:
                    STAGE(first):
                        rc = work(j);
                        if (rc)
                            return rc;
                        for (j->n = 0; j->n < 4; j->n++) {
                            STAGE(loop):
                            rc = work(j);
                        }
                    STAGE(end):
                        break;
                    }
                    return 0;
                }
                """);
        TranslationUnitFacts tu = facts(TreeConfig.empty(), c);
        assertClean(tu);
    }

    @Test
    void forcedIncludesAreSearchedAlongTheIncludeChain() throws Exception {
        SourceFiles.write(dir, "include/forced.h", "typedef unsigned long word_t;\n");
        Path c = SourceFiles.write(dir, "src/a.c", """
                int count(word_t w)
                {
                    return w != 0;
                }
                """);
        // as in a compile database entry run in src/: gcc finds forced.h through -I, not in src/
        UnitFlags flags = CompilerFlags.parse(List.of("-include", "forced.h", "-I" + dir.resolve("include"), "-c",
                c.toString()), dir.resolve("src"));
        TreeConfig cfg = new TreeConfig.Builder().compiler(CompilerInfo.DEFAULT).unit(c, flags).build();
        TranslationUnitFacts tu = facts(cfg, c);
        assertEquals(0, tu.getUnresolvedIncludes(), String.valueOf(tu.getDiagnostics()));
        assertClean(tu);
        assertTrue(tu.getIncludes().stream().anyMatch(i -> i.getPath().equals(dir.resolve("include/forced.h").toString())),
                String.valueOf(tu.getIncludes()));
    }
}
