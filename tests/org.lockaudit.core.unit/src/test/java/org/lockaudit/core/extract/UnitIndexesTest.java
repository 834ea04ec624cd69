package org.lockaudit.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroExpansion;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.IFunction;
import org.eclipse.cdt.internal.core.parser.scanner.ILocationResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.frontend.SourceFiles;
import org.lockaudit.core.frontend.SourceParser;

/** The per-unit indexes of the extraction give the answers CDT's own (slower) queries give. */
class UnitIndexesTest {
    @TempDir
    Path dir;

    private IASTTranslationUnit parse(String header, String unit) throws Exception {
        SourceFiles.write(dir, "include/h.h", header);
        Path c = SourceFiles.write(dir, "u.c", unit);
        TreeConfig cfg = new TreeConfig.Builder().includePath(dir.resolve("include")).build();
        return new SourceParser(cfg).parseUnit(c, Files.readString(c).toCharArray()).ast();
    }

    @Test
    void nestedMacroReferencesAreCdtsForEveryExpansionInHeadersAndTheUnit() throws Exception {
        IASTTranslationUnit ast = parse("""
                #define INNER(x) ((x) + 1)
                #define MID(x) INNER(x) * INNER(2)
                #define OUTER(x) MID(x) + LEAF
                #define LEAF 3
                static inline int h(int a) { return OUTER(a) + MID(a) + LEAF; }
                """, """
                #include "h.h"
                #define TWICE(x) OUTER(x) + OUTER(x)
                int f(int b) { return TWICE(b) + INNER(b) + h(b); }
                """);
        MacroTimeline timeline = new MacroTimeline(ast);
        ILocationResolver resolver = ast.getAdapter(ILocationResolver.class);
        List<IASTPreprocessorMacroExpansion> all = new ArrayList<>();
        ast.accept(new ASTVisitor() {
            {
                shouldVisitDeclarations = true;
            }

            @Override
            public int visit(org.eclipse.cdt.core.dom.ast.IASTDeclaration d) {
                all.addAll(List.of(resolver.getMacroExpansions(d.getFileLocation())));
                return PROCESS_SKIP;
            }
        });
        int nested = 0;
        for (IASTPreprocessorMacroExpansion x : all) {
            List<String> cdt = names(List.of(x.getNestedMacroReferences()));
            List<IASTName> ours = timeline.nestedReferences(x);
            assertEquals(cdt, names(ours), x.getRawSignature());
            for (int i = 0; i < ours.size(); i++) {
                assertTrue(ours.get(i) == x.getNestedMacroReferences()[i], "the same name nodes as CDT's");
            }
            nested += ours.size();
        }
        assertEquals(5, all.size(), "expansions found in the header and the unit: " + all.size());
        assertTrue(nested >= 10, "nested references compared: " + nested);
    }

    @Test
    void noreturnFromBlockScopeDeclarationsAndNotForImplicitFunctions() throws Exception {
        IASTTranslationUnit ast = parse("""
                void stop(void) __attribute__((noreturn));
                typedef void fn_t(int);
                fn_t halt __attribute__((noreturn)), pause;
                """, """
                #include "h.h"
                void f(int a) {
                    extern void die(int) __attribute__((noreturn));
                    void go(int);
                    if (a) die(a);
                    if (a > 1) go(a);
                    if (a > 2) implicit_one(a);
                    if (a > 3) __builtin_trap();
                    if (a > 4) halt(a);
                    if (a > 5) pause(a);
                    stop();
                }
                """);
        Map<String, IFunction> called = new HashMap<>();
        ast.accept(new ASTVisitor() {
            {
                shouldVisitExpressions = true;
            }

            @Override
            public int visit(IASTExpression e) {
                if (e instanceof IASTFunctionCallExpression c && c.getFunctionNameExpression() instanceof IASTIdExpression id
                        && id.getName().resolveBinding() instanceof IFunction fn) {
                    called.put(id.getName().toString(), fn);
                }
                return PROCESS_CONTINUE;
            }
        });
        NoReturnIndex index = new NoReturnIndex(ast);
        assertEquals(7, called.size(), called.keySet().toString());
        assertTrue(index.isNoReturn(called.get("die")), "declared noreturn in the block");
        assertTrue(index.isNoReturn(called.get("stop")), "declared noreturn at file scope");
        assertFalse(index.isNoReturn(called.get("go")));
        assertFalse(index.isNoReturn(called.get("implicit_one")));
        for (String n : List.of("die", "go", "implicit_one", "stop", "halt", "pause")) {
            IFunction fn = called.get(n);
            assertEquals(cdtNoReturn(ast, fn), index.isNoReturn(fn), n);
        }
    }

    /** CDT's answer: the function's attribute, or noreturn in the text of a declaration CDT finds in the unit. */
    private static boolean cdtNoReturn(IASTTranslationUnit ast, IFunction fn) {
        if (fn.isNoReturn()) {
            return true;
        }
        for (IASTName n : ast.getDeclarationsInAST(fn)) {
            if (n.getParent().getParent().getRawSignature().contains("noreturn")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(List<? extends IASTName> l) {
        return l.stream().map(n -> n.toString()).toList();
    }
}
