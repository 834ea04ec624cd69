package org.lockaudit.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.cli.Main;

/**
 * Every configuration error: exit code 2 and one line on stderr, {@code lockaudit: file:line:column: message}
 * (no stack trace), whatever the command.
 */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Writes {@code json} as the tree's lockaudit.json and runs {@code analyze}; expects one positioned error. */
    private void expectError(String json, int line, String message, String... extra) throws Exception {
        Path root = Engine.write(dir, "t/lockaudit.json", json).getParent();
        Engine.write(dir, "t/a.c", "void f(void) { }\n");
        List<String> args = new ArrayList<>(List.of("analyze", "--no-cache"));
        args.addAll(List.of(extra));
        args.add(root.toString());
        Run r = cli(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one message: " + r.err());
        String prefix = "lockaudit: " + root.resolve("lockaudit.json") + (line > 0 ? ":" + line + ":" : "");
        assertTrue(lines.get(0).startsWith(prefix), lines.get(0));
        assertTrue(lines.get(0).contains(message), lines.get(0));
    }

    @Test
    void badJson() throws Exception {
        expectError("{\n  \"presets\": [\"xen\",\n}\n", 3, "invalid JSON");
        expectError("{\"presets\": [\"xen\"]} trailing", 1, "malformed JSON");
        expectError("", 1, "invalid JSON");
    }

    @Test
    void unknownKeysAndPresets() throws Exception {
        expectError("{\n  \"presetz\": []\n}\n", 2, "unknown key \"presetz\"");
        expectError("{\n  \"presets\": [\"bsd\"]\n}\n", 2, "unknown preset \"bsd\"");
        expectError("{\n  \"limits\": {\n    \"unitTimeoot\": \"5s\"\n  }\n}\n", 3, "unknown limit \"unitTimeoot\"");
    }

    @Test
    void badLimits() throws Exception {
        expectError("{\n  \"limits\": {\"unitTimeout\": \"soon\"}\n}\n", 2, "not a duration");
        expectError("{\n  \"limits\": {\"maxCfgNodes\": -3}\n}\n", 2, "not a count");
        expectError("{\n  \"limits\": [1]\n}\n", 2, "\"limits\" must be an object");
    }

    @Test
    void badEntryPointsNameTheirOwnLine() throws Exception {
        String head = "{\n  \"lockApi\": [\n    {\"entries\": [\n      {\"names\": [\"do_domctl\"], \"kind\": \"hypercall\"},\n";
        String tail = "\n    ]}\n  ]\n}\n";
        expectError(head + "      {\"pattern\": \"do_(\\\\w+\", \"kind\": \"hypercall\"}" + tail, 5,
                "pattern is no regular expression");
        expectError(head + "      {\"kind\": \"syscall\"}" + tail, 5, "needs exactly one of name(s)");
        expectError(head + "      {\"names\": [\"a\"], \"pattern\": \"b\"}" + tail, 5, "needs exactly one of name(s)");
        expectError(head + "      {\"field\": \"handler\"}" + tail, 5, "field must be TYPE.FIELD");
        expectError(head + "      {\"names\": [\"a\"], \"multi\": \"yes\"}" + tail, 5, "'multi' must be true or false");
        expectError(head + "      {\"names\": [\"a\"], \"kinds\": \"irq\"}" + tail, 5, "unknown key 'kinds'");
        expectError("{\n  \"lockApi\": [{\n    \"threads\": [\n      {\"names\": [\"open_softirq\"], \"routine\": 1},\n"
                + "      {\"names\": [\"init_timer\"], \"routine\": -1}\n    ]\n  }]\n}\n", 5,
                "'routine' must be a non-negative argument index");
    }

    @Test
    void badLockApiEntries() throws Exception {
        expectError("{\n  \"lockApi\": [\n    {\"name\": \"my_lock\", \"op\": \"grab\"}\n  ]\n}\n", 3, "op must be acquire");
        expectError("{\n  \"lockApi\": [\n    {\"name\": \"my_lock\", \"op\": \"acquire\", \"arg\": -2}\n  ]\n}\n", 3,
                "'arg' must be a non-negative argument index");
        expectError("{\n  \"lockApi\": [\n    {\"name\": \"my_lock\", \"op\": \"acquire\", \"arg\": \"first\"}\n  ]\n}\n", 3,
                "invalid lock API entry");
        expectError("{\n  \"lockApi\": [\n    {\"op\": \"acquire\"}\n  ]\n}\n", 3, "has neither name(s)");
        expectError("{\n  \"lockApi\": [\n    {\"name\": \"l\", \"op\": \"release\", \"succes\": \"zero\"}\n  ]\n}\n", 3,
                "unknown key 'succes'");
    }

    @Test
    void lockApiEntryNamingAnArgumentTheFunctionOrMacroDoesNotHave() throws Exception {
        String cfg = "{\n  \"lockApi\": [\n    {\"name\": \"my_lock\", \"op\": \"acquire\", \"arg\": 2},\n"
                + "    {\"name\": \"MY_UNLOCK\", \"op\": \"release\", \"arg\": 1}\n  ]\n}\n";
        for (String[] c : List.of(new String[] {"void my_lock(int *l);\nvoid f(int *l) { my_lock(l); }\n", "1",
                "my_lock", "function my_lock has 1 parameter"},
                new String[] {"void g(void);\n#define MY_UNLOCK(l) g()\nvoid f(int *l) { MY_UNLOCK(l); }\n", "2",
                    "MY_UNLOCK", "macro MY_UNLOCK has 1 parameter"})) {
            Path root = Engine.write(dir, "a" + c[1] + "/lockaudit.json", cfg).getParent();
            Path src = Engine.write(dir, "a" + c[1] + "/a.c", c[0]);
            Run r = cli("analyze", "--no-cache", root.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("lockaudit: " + src + ":" + c[1] + ": lock API entry \"" + c[2] + "\""), r.err());
            assertTrue(r.err().contains(c[3]), r.err());
        }
        // Enough parameters, or variadic: fine.
        Path root = Engine.write(dir, "ok/lockaudit.json", cfg).getParent();
        Engine.write(dir, "ok/a.c", "void my_lock(int a, int b, int *l);\nvoid MY_UNLOCK(int *l, ...);\n"
                + "void f(int *l) { my_lock(0, 0, l); }\n");
        Run ok = cli("analyze", "--no-cache", root.toString());
        assertTrue(ok.code() < 2, ok.err());
    }

    @Test
    void badCommandLineValues() throws Exception {
        Engine.write(dir, "u/a.c", "void f(void) { }\n");
        for (String[] bad : List.of(new String[] {"--unit-timeout", "2x"}, new String[] {"--max-cfg-nodes", "many"},
                new String[] {"--preset", "bsd"}, new String[] {"--max-file-size", "big"})) {
            Run r = cli("analyze", "--no-cache", bad[0], bad[1], dir.resolve("u").toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("lockaudit: "), r.err());
        }
    }
}
