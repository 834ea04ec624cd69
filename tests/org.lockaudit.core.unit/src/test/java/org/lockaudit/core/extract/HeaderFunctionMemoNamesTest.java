package org.lockaudit.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which names of a header function's text only inline assembly reads ({@link HeaderFunctionMemo#namesOf}): those a
 * unit's plain definition of may differ without giving the function other facts.
 */
class HeaderFunctionMemoNamesTest {
    @Test
    void namesOnlyInsideAnAsmStatementAreAsmOnly() {
        HeaderFunctionMemo.Names n = HeaderFunctionMemo.namesOf("""
                static inline void f(int *p)
                {
                    LOCK(p);
                    asm volatile ( "nop" START(be, tag) : "=m" (*p) : "r" (LOCK) : "memory" );
                    __asm__ __volatile__ ("x" LABEL);
                }""");
        assertEquals(List.of("static", "inline", "void", "f", "int", "p", "LOCK", "asm", "volatile", "__asm__",
                "__volatile__"), n.outside());
        assertEquals(List.of("START", "be", "tag", "LABEL"), n.asmOnly());
        assertEquals(List.of("asm", "volatile", "__asm__", "__volatile__"), n.keywords());
    }

    @Test
    void conditionalsWithBalancedBranchesInsideAsmKeepItsNamesAsmOnly() {
        HeaderFunctionMemo.Names n = HeaderFunctionMemo.namesOf("""
                static inline void f(long a)
                {
                    asm volatile (
                #ifdef HAVE_OP
                                   "op %0\\n"
                #else
                                   OPCODE(1)
                #endif
                                   START(be, op)
                                   : : "m" (a) : "memory");
                }""");
        assertEquals(List.of("OPCODE", "START", "be", "op"), n.asmOnly());
        assertEquals(true, n.outside().contains("HAVE_OP"), "a directive's names are keyed as they are");
    }

    @Test
    void aBranchThatMovesTheEndOfTheStatementLeavesNoNameAsmOnly() {
        for (String text : List.of("""
                static inline void f(void)
                {
                    asm volatile ( "a"
                #ifdef X
                    );
                    LOCK(q);
                    asm volatile (
                #endif
                    "b" START);
                }""", """
                static inline void f(void)
                {
                    asm volatile ( "a"
                #ifdef X
                    "b" START);
                #else
                    "c" START);
                #endif
                }""", """
                static inline void f(void)
                {
                    asm volatile ( "a"
                #define Y 1
                    START);
                }""")) {
            HeaderFunctionMemo.Names n = HeaderFunctionMemo.namesOf(text);
            assertEquals(List.of(), n.asmOnly(), text);
            assertEquals(HeaderFunctionMemo.identifiersOf(text), n.outside(), text);
        }
    }

    @Test
    void anAsmWordNotOpeningParenthesesOpensNothing() {
        HeaderFunctionMemo.Names n = HeaderFunctionMemo.namesOf("int asm_x; int f(void) { return g(asm_x) + X; }");
        assertEquals(List.of(), n.asmOnly());
        assertEquals(List.of(), n.keywords());
    }
}
