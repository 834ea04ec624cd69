package org.lockaudit.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.config.CompilerInfo;
import org.lockaudit.core.config.UnitFlags;

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

    @TempDir
    Path dir;

    /**
     * Units over headers already passed (replayed from their digests) answer as the whole text read line by line
     * does: storms defined in a replayed header, invoked in the unit or in its conditionals, none, and texts whose
     * logical lines cross a header's boundary (read whole).
     */
    @Test
    void replayedHeadersAnswerAsTheWholeText() throws Exception {
        SourceFiles.write(dir, "inc/a.h", DEFINITIONS.replace("int use = A6;", "int use_a = 1;") + "#include \"b.h\"\n"
                + "  /* after b */ #define AFTER_B A6\n");
        SourceFiles.write(dir, "inc/b.h", "#define B0 x\n#define B1 B0 B0 B0\nint in_b = B1;\n");
        SourceFiles.write(dir, "inc/ragged.h", "#define R0 A6 /* a comment left open\n");
        SourceFiles.write(dir, "inc/cont.h", "#define C0 A5 \\\n");
        UnitFlags flags = new UnitFlags.Builder().includePath(dir.resolve("inc")).build();
        HeaderCache headers = new HeaderCache("");
        Set<String> checked = new HashSet<>();
        java.util.Map<String, MacroGuard.Digest> digests = new java.util.HashMap<>();
        List<String> units = List.of(
                "#include \"a.h\"\nint u = A6;\n",
                "#include \"a.h\"\nint u = AFTER_B;\n",
                "#include \"a.h\"\n#if A6\n#endif\n",
                "#include \"a.h\"\nint u = B1 + A3;\n",
                "#include \"a.h\"\n#include \"ragged.h\"\n*/ int u = R0;\n",
                "#include \"a.h\"\n#include \"cont.h\"\nA5\nint u = C0;\n",
                "int none = 0;\n#include \"b.h\"\n");
        int replayed = 0;
        for (long cap : new long[] {10, 100, 1000}) {
            for (String u : units) {
                Path c = SourceFiles.write(dir, "u.c", u);
                IncludeClosure.Text t = IncludeClosure.of(c, u.toCharArray(), headers, checked, flags,
                        CompilerInfo.DEFAULT, 1 << 20);
                MacroGuard.Storm whole = MacroGuard.check(t.text(), cap, t::checked);
                MacroGuard.Storm segmented = MacroGuard.check(t, cap, p -> digests.computeIfAbsent(p,
                        k -> MacroGuard.Digest.of(headers.get(k).served())));
                assertEquals(whole, segmented, u + " at " + cap);
                replayed += t.segments().stream().filter(s -> !s.check()).count();
                checked.addAll(t.firstChecked());
            }
        }
        assertNotNull(MacroGuard.check(IncludeClosure.of(dir.resolve("u.c"), units.get(0).toCharArray(), headers,
                checked, flags, CompilerInfo.DEFAULT, 1 << 20), 100, p -> MacroGuard.Digest.of(headers.get(p).served())),
                "a storm from a replayed header");
        org.junit.jupiter.api.Assertions.assertTrue(replayed > 20, "segments replayed: " + replayed);
    }
}
