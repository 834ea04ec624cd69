package org.lockaudit.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * {@link MacroGuard} on lines whose invocations it does not simulate (a header another unit already passed): their
 * directives still count, however the line begins, and their invocations do not.
 */
class MacroGuardTest {
    /** Lines 1-9: a storm of 2^7 tokens defined by directives written in several ways; line 10: an invocation. */
    private static final String DEFINITIONS = String.join("\n",
            "#define A0 x x",
            "  /* a comment first */ # define A1 A0 A0",
            "\t#define A2 A1 A1",
            "/* a comment over",
            "   two lines */ #define A3 A2 A2",
            "#define \\",
            "  A4 A3 A3",
            "   #define A5 A4 A4 // trailing",
            "#define A6 A5 A5",
            "int use = A6;",
            "");

    @Test
    void directivesOnUncheckedLinesCountHoweverTheLineBegins() {
        String text = DEFINITIONS + "int x = A6;\n";
        // only line 11 is simulated: the storm comes from the definitions on the unchecked lines
        MacroGuard.Storm storm = MacroGuard.check(text.toCharArray(), 100, line -> line == 11);
        assertNotNull(storm);
        assertEquals("A6", storm.macro());
        assertEquals(11, storm.line());
        assertNull(MacroGuard.check(text.toCharArray(), 1000, line -> line == 11), "2^7 tokens are within 1000");
    }

    @Test
    void invocationsOnUncheckedLinesAreNotSimulated() {
        String text = DEFINITIONS + "  /* c */ int y = A6;\n\tA6\n";
        assertNull(MacroGuard.check(text.toCharArray(), 100, line -> false));
        MacroGuard.Storm storm = MacroGuard.check(text.toCharArray(), 100, line -> line == 12);
        assertNotNull(storm);
        assertEquals(12, storm.line());
        // every line simulated: the first invocation (line 10) is the storm
        assertEquals(10, MacroGuard.check(text.toCharArray(), 100).line());
    }

    @Test
    void aConditionalOnAnUncheckedLineIsSimulated() {
        String text = DEFINITIONS + "  #if A6\n#endif\n";
        MacroGuard.Storm storm = MacroGuard.check(text.toCharArray(), 100, line -> false);
        assertNotNull(storm);
        assertEquals(11, storm.line());
    }
}
