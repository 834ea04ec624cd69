package org.lockaudit.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.CompilerInfo;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.config.UnitFlags;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;

class FrontendTest {
    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        return SourceFiles.write(dir, rel, text);
    }

    /** Names of the functions called in the unit's own functions, in order, with their lines. */
    private static List<String> calls(IASTTranslationUnit ast) {
        List<String> r = new ArrayList<>();
        ast.accept(new ASTVisitor() {
            {
                shouldVisitExpressions = true;
            }

            @Override
            public int visit(IASTExpression e) {
                if (e instanceof IASTFunctionCallExpression c && c.isPartOfTranslationUnitFile()) {
                    IASTExpression n = c.getFunctionNameExpression();
                    while (n instanceof org.eclipse.cdt.core.dom.ast.IASTUnaryExpression u
                            && u.getOperator() == org.eclipse.cdt.core.dom.ast.IASTUnaryExpression.op_bracketedPrimary) {
                        n = u.getOperand();
                    }
                    String name = n instanceof org.eclipse.cdt.core.dom.ast.IASTIdExpression id ? id.getName().toString()
                            : n instanceof org.eclipse.cdt.core.dom.ast.IASTFieldReference f ? "->" + f.getFieldName()
                            : n.getRawSignature();
                    r.add(name + "@" + c.getFileLocation().getStartingLineNumber());
                }
                return PROCESS_CONTINUE;
            }
        });
        return r;
    }

    private SourceParser.Parsed parse(TreeConfig c, Path file) throws Exception {
        return new SourceParser(c).parseUnit(file, Files.readString(file).toCharArray());
    }

    @Test
    void overridesWinAfterAHeaderThatRedefinesAssert() throws Exception {
        write("include/first.h", "#define ASSERT(p) do { if (!(p)) crash(); } while (0)\n");
        write("include/second.h", """
                #include <first.h>
                #undef ASSERT
                #define ASSERT(p) ((void)(p))
                #define BUG() crash()
                """);
        Path c = write("a.c", """
                #include <second.h>
                void crash(void);
                void f(int *p)
                {
                    ASSERT(p != 0);
                    if (!p)
                        BUG();
                }
                """);
        TreeConfig cfg = new TreeConfig.Builder().includePath(dir.resolve("include")).presets(List.of("xen")).build();
        SourceParser.Parsed parsed = parse(cfg, c);
        assertEquals(List.of("__lockaudit_assert@5", "__lockaudit_noreturn@7"), calls(parsed.ast()));
        assertFalse(Fidelity.hasProblem(parsed.ast()));
        assertEquals(List.of(dir.resolve("include/second.h").toString(), dir.resolve("include/first.h").toString()),
                List.copyOf(parsed.included().keySet()), "every served header is recorded with its hash");
    }

    /**
     * The parser hands back its AST without CDT's freeze, a walk over every node that only marks them read-only
     * ({@link GnuCParser#parse()}): the AST and the calls read from it are as before, its nodes unmarked.
     */
    @Test
    void theParsedUnitIsNotWalkedAgainToFreezeIt() throws Exception {
        write("include/h.h", "void crash(void);\nstatic inline void g(int y) { if (y) crash(); }\n");
        Path c = write("a.c", "#include <h.h>\nvoid f(int x)\n{\n    g(x);\n    crash();\n}\n");
        TreeConfig cfg = new TreeConfig.Builder().includePath(dir.resolve("include")).build();
        IASTTranslationUnit ast = parse(cfg, c).ast();
        assertEquals(List.of("g@4", "crash@5"), calls(ast));
        assertFalse(ast.isFrozen(), "the translation unit was frozen");
        for (org.eclipse.cdt.core.dom.ast.IASTDeclaration d : ast.getDeclarations()) {
            assertFalse(d.isFrozen(), "a declaration was frozen: " + d.getRawSignature());
        }
    }

    @Test
    void withoutPresetTheProjectMacroStays() throws Exception {
        write("include/h.h", "void crash(void);\n#define ASSERT(p) do { if (!(p)) crash(); } while (0)\n");
        Path c = write("a.c", "#include <h.h>\nvoid f(int x)\n{\n    ASSERT(x);\n}\n");
        TreeConfig cfg = new TreeConfig.Builder().includePath(dir.resolve("include")).build();
        assertEquals(List.of("crash@4"), calls(parse(cfg, c).ast()));
    }

    @Test
    void userOverridesAndPreludeApplyInAMainFileThatIncludesNothing() throws Exception {
        Path c = write("a.c", """
                struct ops { int (*assign)(int); };
                void f(struct ops *o, int x)
                {
                    CHECK(x > 0);
                    ops_call(o, assign, x);
                }
                """);
        TreeConfig cfg = new TreeConfig.Builder().overrides(Map.of("CHECK(c)", "__lockaudit_assert(c)",
                "ops_call(ops, fn, ...)", "((ops)->fn(__VA_ARGS__))")).build();
        SourceParser.Parsed parsed = parse(cfg, c);
        assertEquals(List.of("__lockaudit_assert@4", "->assign@5"), calls(parsed.ast()));
        assertFalse(Fidelity.hasProblem(parsed.ast()));
    }

    @Test
    void gnuExtensionsParseCleanly() throws Exception {
        Path c = write("a.c", """
                struct s { int a; };
                _Static_assert(sizeof(struct s) == 4, "size");
                static _Atomic int counter;
                void f(struct s *p)
                {
                    _Static_assert(1, "in a block");
                    __auto_type q = p;
                    typeof_unqual(p->a) v = 0;
                    asm_inline volatile("nop");
                    p->a = v + (q != 0) + counter;
                }
                """);
        TranslationUnitFacts tu = FactsAnalysis.run(TreeConfig.empty(), List.of(c), null).units().get(0);
        assertEquals(1, tu.getFunctions().size());
        assertFalse(tu.getFunctions().get(0).isProblem(), String.valueOf(tu.getDiagnostics()));
        assertTrue(tu.getDiagnostics().isEmpty(), String.valueOf(tu.getDiagnostics()));
    }

    @Test
    void problemFunctionsAreMarked() throws Exception {
        Path c = write("a.c", """
                void good(int *p)
                {
                    *p = 1;
                }
                void bad(int *p)
                {
                    *p = = 2;
                }
                """);
        FactsResult r = FactsAnalysis.run(TreeConfig.empty(), List.of(c), null);
        Map<String, Boolean> problem = new java.util.HashMap<>();
        for (Function f : r.units().get(0).getFunctions()) {
            problem.put(f.getName(), f.isProblem());
        }
        assertEquals(Map.of("good", false, "bad", true), problem);
        assertEquals(1, r.stats().problemFunctions());
        assertEquals(1, r.stats().cleanFunctions());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.getLine() == 7 && d.getFile().equals(c.toString())),
                String.valueOf(r.diagnostics()));
    }

    @Test
    void builtinsAndUnitFlagsReachThePreprocessor() throws Exception {
        Path c = write("a.c", """
                #if __GNUC__ >= 12 && __SIZEOF_LONG__ == 8 && defined(FROM_DB) && !defined(GONE) && __STDC_VERSION__ == 199901L
                void ok(void) { }
                #else
                void wrong(void) { }
                #endif
                """);
        UnitFlags flags = new UnitFlags.Builder().define("FROM_DB").define("GONE", "1").undefine("GONE").std("gnu99")
                .build();
        TreeConfig cfg = new TreeConfig.Builder().compiler(CompilerInfo.DEFAULT).unit(c, flags).build();
        TranslationUnitFacts tu = FactsAnalysis.run(cfg, List.of(c), null).units().get(0);
        assertEquals("ok", tu.getFunctions().get(0).getName());
    }

    /**
     * The run keeps one cancellation handle per unit until it ends; the handle must not keep the unit's AST (nor the
     * scanner's macro dictionary) alive. Holding them made a 1,000-unit run keep every AST and exhaust a 1.5 GB heap.
     */
    @Test
    void aCancellationHandleDoesNotKeepTheAstAlive() throws Exception {
        Path c = write("a.c", """
                struct s { int lock; int x; };
                void f(struct s *p) { p->x = 1; }
                """);
        SourceParser.Cancellation handle = new SourceParser.Cancellation();
        java.lang.ref.WeakReference<IASTTranslationUnit> ast = new java.lang.ref.WeakReference<>(
                new SourceParser(TreeConfig.empty()).parseUnit(c, Files.readString(c).toCharArray(), handle).ast());
        for (int i = 0; i < 50 && ast.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(ast.get() == null, "the AST is still reachable after the parse (from the cancellation handle?)");
        assertFalse(handle.isCancelled());
    }

    /**
     * A lock-API macro whose expansion yields no event is read from its name and arguments in a header inline
     * function too (CDT lists a unit's macro expansions for its own file only; the headers' come from its location
     * map).
     */
    @Test
    void vanishedLockMacrosAreReadInHeaderInlineFunctions() throws Exception {
        write("include/dom.h", """
                #define lockdep_assert_held(l) do { } while (0)
                struct dom { int lock; int n; };
                static inline void dom_inc(struct dom *d)
                {
                    lockdep_assert_held(&d->lock);
                    d->n++;
                }
                """);
        Path c = write("a.c", """
                #include <dom.h>
                void user(struct dom *d) { lockdep_assert_held(&d->lock); dom_inc(d); }
                """);
        TreeConfig cfg = new TreeConfig.Builder().includePath(dir.resolve("include")).build();
        TranslationUnitFacts tu = FactsAnalysis.run(cfg, List.of(c), null).units().get(0);
        Map<String, List<String>> ops = new java.util.TreeMap<>();
        for (Function f : tu.getFunctions()) {
            List<String> l = new ArrayList<>();
            for (org.lockaudit.core.facts.CfgNode n : f.getNodes()) {
                for (org.lockaudit.core.facts.Event e : n.getEvents()) {
                    if (e instanceof org.lockaudit.core.facts.LockOperation op) {
                        l.add(op.getOp() + " " + op.getLock().getOwnerType() + "." + op.getLock().getName());
                    }
                }
            }
            ops.put(f.getName(), l);
        }
        assertEquals(Map.of("dom_inc", List.of("ASSERT_HELD dom.lock"), "user", List.of("ASSERT_HELD dom.lock")), ops);
    }

    /** The overrides are appended to the headers that name an overridden macro, and only to those. */
    @Test
    void overridesAreAppendedToTheHeadersThatNameThem() throws Exception {
        Path names = write("include/names.h", "#define ASSERT(p) ((void)(p))\n");
        Path plain = write("include/plain.h", "struct s { int a; };\n");
        String directives = "#undef ASSERT\n#define ASSERT(p) __lockaudit_assert(p)\n";
        HeaderCache cache = new HeaderCache(directives, List.of("ASSERT"));
        assertEquals("#define ASSERT(p) ((void)(p))\n" + directives, new String(cache.get(names.toString()).served()));
        assertEquals("struct s { int a; };\n", new String(cache.get(plain.toString()).served()));
        HeaderCache every = new HeaderCache(directives);
        assertEquals("struct s { int a; };\n" + directives, new String(every.get(plain.toString()).served()));
    }
}
