package org.lockaudit.core.frontend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.config.CompilerInfo;
import org.lockaudit.core.config.UnitFlags;

/** The closure inlines each header once where it is first included, and says where each line comes from. */
class IncludeClosureTest {
    @TempDir
    Path dir;

    @Test
    void headersInlinedOnceWithTheirSegmentsAndOffsets() throws Exception {
        SourceFiles.write(dir, "inc/a.h", "int a1;\n  #  include \"b.h\"\nint a2;\n#include <c.h>\n#include \"b.h\"\nint a3;");
        SourceFiles.write(dir, "inc/b.h", "int b1;\n#include \"missing.h\"\n");
        SourceFiles.write(dir, "inc/c.h", "int c1; /* # */\n");
        Path unit = SourceFiles.write(dir, "u.c", "#include \"a.h\"\nint u;\n#include \"c.h\"\n");
        UnitFlags flags = new UnitFlags.Builder().includePath(dir.resolve("inc")).build();
        HeaderCache headers = new HeaderCache("");
        for (int round = 0; round < 2; round++) { // the second from the headers' include lines found in the first
            IncludeClosure.Text t = IncludeClosure.of(unit, "#include \"a.h\"\nint u;\n#include \"c.h\"\n".toCharArray(),
                    headers, new HashSet<>(), flags, CompilerInfo.DEFAULT, 1 << 20);
            assertEquals("int a1;\nint b1;\n#include \"missing.h\"\n  #  include \"b.h\"\nint a2;\nint c1; /* # */\n"
                    + "#include <c.h>\n#include \"b.h\"\nint a3;\n#include \"a.h\"\nint u;\n#include \"c.h\"\n",
                    new String(t.text()));
            String a = dir.resolve("inc/a.h").toString(), b = dir.resolve("inc/b.h").toString(),
                    c = dir.resolve("inc/c.h").toString();
            assertEquals(List.of(new IncludeClosure.Segment(a, 1, 1, 1, true),
                    new IncludeClosure.Segment(b, 1, 2, 2, true), new IncludeClosure.Segment(a, 2, 4, 2, true),
                    new IncludeClosure.Segment(c, 1, 6, 1, true), new IncludeClosure.Segment(a, 4, 7, 3, true),
                    new IncludeClosure.Segment(unit.toString(), 1, 10, 3, true)), t.segments());
            assertArrayEquals(new int[] {0, 8, 37, 64, 80, 118}, t.offsets());
            assertEquals(List.of(a, b, c), t.firstChecked());
        }
    }
}
