package org.lockaudit.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.frontend.SourceFiles;

/**
 * A call graph patched from the previous one ({@link CallGraph#CallGraph(Program, CallGraph)}, as an incremental
 * update builds it) shares what it knew of the functions whose facts object is the same (call sites, sorted
 * callees, whether a call is declared noreturn) and works out the others again: its components and inferred
 * noreturn functions are those of a graph built from scratch. a.c stays; b.c's g() first calls nothing, then calls
 * f() (which calls g(): one recursive component of two), then calls exit() (inferred noreturn, and so f()).
 */
class CallGraphPatchTest {
    @TempDir
    Path dir;

    private static final String A = """
            void g(int n);
            void f(int n) { g(n - 1); }
            """;

    private TranslationUnitFacts extract(Path file, String text) throws Exception {
        SourceFiles.write(dir, file.getFileName().toString(), text);
        return FactsAnalysis.run(new TreeConfig.Builder().build(), List.of(file), null).units().get(0);
    }

    @Test
    void patchedGraphFollowsTheChangedFunctionsCallees() throws Exception {
        Path a = dir.resolve("a.c");
        Path b = dir.resolve("b.c");
        TranslationUnitFacts ua = extract(a, A);
        TranslationUnitFacts ub = extract(b, "void g(int n) { (void)n; }\n");
        Program p = new Program(List.of(ua, ub));
        CallGraph graph = new CallGraph(p);
        graph.noReturns(); // the previous graph knew every function's noreturn calls
        assertEquals(List.of(List.of(new FunctionId("g", null)), List.of(new FunctionId("f", null))),
                graph.bottomUpComponents());
        List<String> edits = List.of(
                "void f(int n);\nvoid g(int n) { f(n); }\n",
                "void g(int n) { (void)n; }\n",
                "void exit(int status) __attribute__((noreturn));\nvoid g(int n) { exit(n); }\n");
        for (String text : edits) {
            TranslationUnitFacts next = extract(b, text);
            Program q = new Program(List.of(ua, next), p, Map.of(ub, next));
            CallGraph patched = new CallGraph(q, graph);
            CallGraph scratch = new CallGraph(new Program(List.of(ua, next)));
            assertEquals(scratch.bottomUpComponents(), patched.bottomUpComponents(), text);
            assertEquals(scratch.noReturns().inferred(), patched.noReturns().inferred(), text);
            p = q;
            ub = next;
            graph = patched;
        }
        assertTrue(graph.noReturns().isInferred(new FunctionId("g", null)), "g() ends in exit()");
        assertTrue(graph.noReturns().isInferred(new FunctionId("f", null)), "f() calls g() on its only call path");
    }
}
