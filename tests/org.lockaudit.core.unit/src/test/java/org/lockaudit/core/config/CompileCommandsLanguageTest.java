package org.lockaudit.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries gcc compiles as something other than C (assembly, C++) are not translation units of the analysis. */
class CompileCommandsLanguageTest {
    @TempDir
    Path dir;

    @Test
    void onlyEntriesCompiledAsCAreUnits() throws Exception {
        Files.writeString(dir.resolve("compile_commands.json"), """
                [
                  {"directory": "%1$s", "file": "a.c", "arguments": ["gcc", "-c", "a.c"]},
                  {"directory": "%1$s", "file": "entry.S", "arguments": ["gcc", "-D__ASSEMBLY__", "-c", "entry.S"]},
                  {"directory": "%1$s", "file": "b.cpp", "arguments": ["g++", "-c", "b.cpp"]},
                  {"directory": "%1$s", "file": "pub.h", "arguments": ["gcc", "-x", "c", "-S", "-o", "/dev/null", "pub.h"]},
                  {"directory": "%1$s", "file": "gen.inc", "arguments": ["gcc", "-xc", "-c", "gen.inc"]},
                  {"directory": "%1$s", "file": "odd.c", "arguments": ["gcc", "-x", "assembler-with-cpp", "-c", "odd.c"]}
                ]
                """.formatted(dir));
        CompileCommands db = CompileCommands.read(dir.resolve("compile_commands.json"));
        assertEquals(List.of(dir.resolve("a.c"), dir.resolve("pub.h"), dir.resolve("gen.inc")),
                List.copyOf(db.entries().keySet()));
    }
}
