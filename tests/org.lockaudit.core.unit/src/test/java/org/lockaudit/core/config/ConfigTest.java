package org.lockaudit.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void shellSplitHandlesQuotesAndEscapes() {
        assertEquals(List.of("gcc", "-DMSG=\"hi there\"", "-I", "a b", "x\\y", "-DQ=it's"),
                CompilerFlags.shellSplit("gcc '-DMSG=\"hi there\"' -I \"a b\" x\\\\y -DQ=it\\'s"));
    }

    @Test
    void compileCommandsArgumentsAndCommandForms() throws Exception {
        Files.createDirectories(dir.resolve("build"));
        write("src/a.c", "int a;");
        write("src/b.c", "int b;");
        write("compile_commands.json", """
                [
                  {"directory": "src", "file": "a.c",
                   "arguments": ["ccache", "gcc", "-I", "inc", "-Iinc2", "-iquote", "q", "-isystem", "/sys/inc",
                                 "-DA", "-DB=2", "-DF(x)=((x)+1)", "-UB", "-include", "cfg.h", "-std=gnu11",
                                 "-c", "-o", "a.o", "a.c"]},
                  {"directory": "%s", "file": "../src/b.c",
                   "command": "cc -I../inc -D'MSG=\\"a b\\"' -DX=1 -nostdinc -c ../src/b.c"}
                ]
                """.formatted(dir.resolve("build")));
        CompileCommands db = CompileCommands.read(dir.resolve("compile_commands.json"));
        UnitFlags a = db.entries().get(dir.resolve("src/a.c")).flags();
        assertEquals(List.of(dir.resolve("src/inc"), dir.resolve("src/inc2")), a.includePaths());
        assertEquals(List.of(dir.resolve("src/q")), a.quoteIncludePaths());
        assertEquals(List.of(Path.of("/sys/inc")), a.systemIncludePaths());
        assertEquals("1", a.defines().get("A"));
        assertTrue(a.defines().containsKey("B"));
        assertNull(a.defines().get("B"), "-UB after -DB=2 undefines");
        assertEquals("((x)+1)", a.defines().get("F(x)"));
        assertEquals(List.of(Path.of("cfg.h")), a.forcedIncludes(),
                "not in the working directory src/: kept relative, looked up along the include chain when parsing");
        assertEquals("gnu11", a.std());
        assertEquals("gcc", db.entries().get(dir.resolve("src/a.c")).compiler());
        UnitFlags b = db.entries().get(dir.resolve("src/b.c")).flags();
        assertEquals(List.of(dir.resolve("inc")), b.includePaths());
        assertEquals("\"a b\"", b.defines().get("MSG"));
        assertTrue(b.noStdInc());
    }

    @Test
    void databaseFoundInAParentAndOnlyUnitsUnderThePath() throws Exception {
        write("sub/x.c", "int x;");
        write("sub/deeper/y.c", "int y;");
        write("other/z.c", "int z;");
        write("sub/notindb.c", "int n;");
        write("compile_commands.json", """
                [ {"directory": ".", "file": "sub/x.c", "arguments": ["gcc", "-DUNIT_X", "-c", "sub/x.c"]},
                  {"directory": ".", "file": "sub/deeper/y.c", "command": "gcc -DUNIT_Y -c sub/deeper/y.c"},
                  {"directory": ".", "file": "other/z.c", "command": "gcc -c other/z.c"} ]
                """);
        TreeLoader.Tree t = TreeLoader.load(new TreeLoader.Request(List.of(dir.resolve("sub")), null, null, false,
                null, null, "no-such-compiler-xyz", null, true));
        assertEquals(List.of(dir.resolve("sub/deeper/y.c"), dir.resolve("sub/x.c")), t.units(),
                "database units under sub/ only; files not in the database are not units");
        assertEquals(dir.resolve("compile_commands.json"), t.config().compileCommands());
        assertEquals("1", t.config().flagsFor(dir.resolve("sub/x.c")).defines().get("UNIT_X"));
        assertFalse(t.config().flagsFor(dir.resolve("sub/x.c")).defines().containsKey("UNIT_Y"));
        assertEquals("1", t.config().flagsFor(dir.resolve("sub/deeper/y.c")).defines().get("UNIT_Y"));
        assertEquals(dir, t.root());
    }

    @Test
    void withoutDatabaseADirectoryIsWalkedForCFiles() throws Exception {
        write("t/a.c", "int a;");
        write("t/.hidden/b.c", "int b;");
        write("t/n/c.c", "int c;");
        write("t/d.h", "int d;");
        TreeLoader.Tree t = TreeLoader.load(new TreeLoader.Request(List.of(dir.resolve("t")), null, null, true, null,
                null, "no-such-compiler-xyz", null, true));
        assertEquals(List.of(dir.resolve("t/a.c"), dir.resolve("t/n/c.c")), t.units());
    }

    @Test
    void configFileAndCommandLinePrecedence() throws Exception {
        write("tree/lockaudit.json", """
                {
                  "includePaths": ["include"],
                  "defines": {"FROM_FILE": "1", "BOTH": "file", "NUM": 3},
                  "presets": ["xen"],
                  "guards": {"pci_dev.quarantine": "pcidevs_lock"},
                  "overrides": {"MY_ASSERT(c)": "__lockaudit_assert(c)"},
                  "noreturn": ["panic"],
                  "lockApi": [{"name": "my_lock", "op": "acquire"}],
                  "suppressions": [{"kind": "double-acquire", "function": "f"}]
                }
                """);
        write("tree/src/a.c", "int a;");
        UnitFlags cli = new UnitFlags.Builder().includePath(dir.resolve("cli-inc")).define("BOTH=cli").build();
        TreeLoader.Tree t = TreeLoader.load(new TreeLoader.Request(List.of(dir.resolve("tree/src")), cli, null, true,
                null, List.of("linux"), "no-such-compiler-xyz", null, true));
        TreeConfig c = t.config();
        UnitFlags f = c.flagsFor(dir.resolve("tree/src/a.c"));
        assertEquals(List.of(dir.resolve("cli-inc"), dir.resolve("tree/include")), f.includePaths(),
                "command-line include directories are searched first");
        assertEquals("cli", f.defines().get("BOTH"), "command-line define wins");
        assertEquals("1", f.defines().get("FROM_FILE"));
        assertEquals("3", f.defines().get("NUM"));
        assertEquals(List.of("linux"), c.presets(), "--preset replaces the file's presets");
        assertEquals(Map.of("pci_dev.quarantine", "pcidevs_lock"), c.guards());
        assertEquals(List.of("panic"), c.noReturnFunctions());
        assertEquals("my_lock", c.lockApiAdditions().get(0).get("name").getAsString());
        assertEquals(1, c.suppressions().size());
        assertEquals("__lockaudit_assert(c)", c.overrides().get("MY_ASSERT(c)"));
        assertEquals("__lockaudit_assert(!(c))", c.overrides().get("BUG_ON(c)"), "linux preset overrides");
        assertFalse(c.overrides().containsKey("ASSERT(p)"), "xen preset replaced by --preset linux");
        assertEquals(dir.resolve("tree/lockaudit.json"), c.configFile());
        assertEquals(dir.resolve("tree"), t.root());
        assertEquals(null, t.cacheDir());
    }

    @Test
    void userOverrideReplacesPresetOfSameMacro() {
        Map<String, String> o = AnalysisOverrides.resolve(List.of("xen"), Map.of("ASSERT(x)", "my_check(x)"));
        assertEquals("my_check(x)", o.get("ASSERT(x)"));
        assertFalse(o.containsKey("ASSERT(p)"));
    }

    @Test
    void badJsonNamesFileLineAndColumn() throws Exception {
        Path f = write("lockaudit.json", "{\n  \"presets\": [\"xen\",]\n}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(f));
        assertEquals(f, e.file());
        assertEquals(2, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.toString().startsWith(f + ":2:"), e.toString());
    }

    @Test
    void unknownKeyAndUnknownPresetArePositioned() throws Exception {
        Path f = write("lockaudit.json", "{\n  \"presets\": [\"xen\"],\n  \"gaurds\": {}\n}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(f));
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("unknown key \"gaurds\""), e.getMessage());

        Path g = write("p/lockaudit.json", "{\n  \"presets\": [\"xen\",\n     \"freebsd\"]\n}\n");
        ConfigException e2 = assertThrows(ConfigException.class, () -> ConfigFile.read(g));
        assertEquals(3, e2.line());
        assertEquals(6, e2.column());
        assertTrue(e2.getMessage().contains("unknown preset \"freebsd\""), e2.getMessage());

        Path h = write("q/compile_commands.json", "[ {\"file\": 3, \"arguments\": []} ]");
        ConfigException e3 = assertThrows(ConfigException.class, () -> CompileCommands.read(h));
        assertEquals(1, e3.line());
        assertTrue(e3.getMessage().contains("\"file\" must be a string"), e3.getMessage());
    }

    @Test
    void gccBuiltinsAreProbedAndCachedOnDisk() throws Exception {
        Assumptions.assumeTrue(CompilerInfo.executable("gcc") != null, "gcc not installed");
        Path cache = dir.resolve("cache");
        CompilerInfo gcc = CompilerInfo.of("gcc", cache);
        assertTrue(gcc.probed());
        assertTrue(gcc.macros().containsKey("__GNUC__"));
        assertEquals("8", gcc.macros().get("__CHAR_BIT__"));
        assertFalse(gcc.systemIncludePaths().isEmpty(), "gcc -v lists search directories");
        assertSame(gcc, CompilerInfo.of("gcc", cache), "probed once per run");
        try (var s = Files.list(cache.resolve("compilers"))) {
            assertEquals(1, s.count(), "kept on disk keyed by compiler and version");
        }
    }

    @Test
    void missingCompilerFallsBackToTheBuiltInSet() {
        CompilerInfo c = CompilerInfo.of("/nonexistent/bin/gcc-99", null);
        assertSame(CompilerInfo.DEFAULT, c);
        assertEquals("12", c.macros().get("__GNUC__"));
        assertEquals("8", c.macros().get("__SIZEOF_LONG__"));
        assertEquals("1", c.macros().get("__x86_64__"));
    }

    @Test
    void parsesGccOutputs() {
        assertEquals(Map.of("__GNUC__", "12", "__FOO(x)", "x + 1", "EMPTY", ""),
                CompilerInfo.parseMacros("#define __GNUC__ 12\n#define __FOO(x) x + 1\n#define EMPTY\n"));
        assertEquals(List.of(Path.of("/usr/lib/gcc/x86_64-linux-gnu/12/include"), Path.of("/usr/include")),
                CompilerInfo.parseSearchDirs("""
                        ignoring nonexistent directory "/foo"
                        #include "..." search starts here:
                        #include <...> search starts here:
                         /usr/lib/gcc/x86_64-linux-gnu/12/include
                         /usr/include
                        End of search list.
                        """));
    }
}
