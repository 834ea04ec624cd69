package org.lockaudit.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.cli.Main;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static synchronized Run lockaudit(String... args) {
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

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private void tree() throws IOException {
        write("t/include/lock.h", """
                typedef struct { int raw; } spinlock_t;
                void spin_lock(spinlock_t *l);
                void spin_unlock(spinlock_t *l);
                struct dev { spinlock_t lock; int count; };
                struct dev_ops { void (*reset)(struct dev *d); };
                """);
        write("t/dev.c", """
                #include <lock.h>
                #include <missing.h>
                static void dev_reset(struct dev *d)
                {
                    d->count = 0;
                }
                struct dev_ops ops = { .reset = dev_reset };
                void bump(struct dev *d, struct dev_ops *o)
                {
                    spin_lock(&d->lock);
                    d->count++;
                    spin_unlock(&d->lock);
                    o->reset(d);
                }
                """);
        write("t/compile_commands.json", """
                [{"directory": ".", "file": "dev.c", "command": "gcc -Iinclude -c dev.c"}]
                """);
    }

    @Test
    void jsonShape() throws Exception {
        tree();
        Run r = lockaudit("facts", "--format", "json", "--cache-dir", dir.resolve("cache").toString(),
                dir.resolve("t").toString());
        assertEquals(0, r.code(), "diagnostics about the code are not tool errors: " + r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(1, root.get("version").getAsInt());
        JsonArray fns = root.getAsJsonArray("functions");
        assertEquals(2, fns.size());
        JsonObject bump = fns.get(1).getAsJsonObject();
        assertEquals("bump", bump.get("name").getAsString());
        assertEquals(8, bump.get("line").getAsInt());
        assertFalse(bump.get("static").getAsBoolean());
        assertTrue(fns.get(0).getAsJsonObject().get("static").getAsBoolean());
        assertTrue(bump.get("file").getAsString().endsWith("dev.c"));
        JsonObject acquire = bump.getAsJsonArray("lockOperations").get(0).getAsJsonObject();
        assertEquals("acquire", acquire.get("op").getAsString());
        assertEquals("dev.lock", acquire.get("lock").getAsString());
        assertEquals("&d->lock", acquire.get("expression").getAsString());
        assertEquals(10, acquire.get("line").getAsInt());
        assertEquals(Set.of("op", "lock", "expression", "mode", "irq", "api", "line"), acquire.keySet());
        // the lock argument of a lock operation is not a data access: the only access is the write
        assertEquals(1, bump.getAsJsonArray("accesses").size(), bump.toString());
        JsonObject write = bump.getAsJsonArray("accesses").get(0).getAsJsonObject();
        assertEquals("dev.count", write.get("field").getAsString());
        assertEquals("write", write.get("kind").getAsString());
        assertEquals(11, write.get("line").getAsInt());
        assertTrue(bump.has("calls"));
        JsonObject diag = root.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals("missing-include", diag.get("kind").getAsString());
        assertEquals(2, diag.get("line").getAsInt());
        assertTrue(diag.get("file").getAsString().endsWith("dev.c"));
        JsonObject stats = root.getAsJsonObject("stats");
        for (String k : List.of("units", "functions", "cleanFunctions", "problemFunctions", "unresolvedIncludes",
                "preprocessorErrors", "fallbackBindings", "parsed", "cached", "parseMillis", "extractMillis")) {
            assertTrue(stats.has(k), k);
        }
        assertEquals(1, stats.get("units").getAsInt());
        assertEquals(2, stats.get("functions").getAsInt());
        assertEquals(1, stats.get("unresolvedIncludes").getAsInt());
        assertEquals(1, stats.get("parsed").getAsInt());

        Run again = lockaudit("facts", "--stats", "--format", "json", "--cache-dir", dir.resolve("cache").toString(),
                dir.resolve("t").toString());
        JsonObject s2 = JsonParser.parseString(again.out()).getAsJsonObject();
        assertFalse(s2.has("functions"), "--stats prints statistics and diagnostics only");
        assertEquals(0, s2.getAsJsonObject("stats").get("parsed").getAsInt());
        assertEquals(1, s2.getAsJsonObject("stats").get("cached").getAsInt());
    }

    @Test
    void textIsOneSortedLinePerFact() throws Exception {
        tree();
        Run r = lockaudit("facts", "--no-cache", dir.resolve("t/dev.c").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        String f = dir.resolve("t/dev.c").toString();
        assertTrue(lines.contains(f + ":10: bump: acquire dev.lock"), r.out());
        assertTrue(lines.contains(f + ":11: bump: write dev.count"), r.out());
        assertTrue(lines.contains(f + ":2: diagnostic: missing-include: include not found: <missing.h>"), r.out());
        assertTrue(lines.contains(f + ":5: dev_reset: write dev.count"), r.out());
        assertEquals(lines.stream().sorted((a, b) -> {
            int la = Integer.parseInt(a.split(":")[1]), lb = Integer.parseInt(b.split(":")[1]);
            return la != lb ? Integer.compare(la, lb) : a.compareTo(b);
        }).toList(), lines);
    }

    @Test
    void toolErrorsExitWithTwoAndOneClearMessage() throws Exception {
        tree();
        write("t/lockaudit.json", "{\n  \"presets\": [\"xen\"],\n  \"bogus\": 1\n}\n");
        Run bad = lockaudit("facts", "--no-cache", dir.resolve("t").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("lockaudit: " + dir.resolve("t/lockaudit.json") + ":3:3: unknown key \"bogus\""),
                bad.err());
        assertEquals("", bad.out());
        Files.delete(dir.resolve("t/lockaudit.json"));

        Run preset = lockaudit("facts", "--no-cache", "--preset", "bsd", dir.resolve("t").toString());
        assertEquals(2, preset.code());
        assertTrue(preset.err().contains("unknown preset \"bsd\""), preset.err());

        Files.createDirectories(dir.resolve("empty"));
        Run none = lockaudit("facts", "--no-cache", "--no-compile-commands", dir.resolve("empty").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no input"), none.err());

        Run missing = lockaudit("facts", "--no-cache", dir.resolve("nope.c").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.c: no such file or directory"), missing.err());

        Run noArgs = lockaudit("facts");
        assertEquals(2, noArgs.code());

        write("t/compile_commands.json", "[{\"directory\": \".\", \"file\": \"dev.c\",\n \"command\": }]");
        Run badDb = lockaudit("facts", "--no-cache", dir.resolve("t").toString());
        assertEquals(2, badDb.code());
        assertTrue(badDb.err().contains("compile_commands.json:2:"), badDb.err());
    }

    @Test
    void commandLineFlagsWork() throws Exception {
        write("u/inc/h.h", "struct h { int f; };\n");
        write("u/a.c", """
                #include <h.h>
                #ifdef ENABLE
                void on(struct h *p) { p->f = 1; }
                #endif
                """);
        Run r = lockaudit("facts", "--no-cache", "--no-compile-commands", "-I" + dir.resolve("u/inc"), "-DENABLE",
                "--compiler", "/nonexistent/cc", dir.resolve("u").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a.c:3: on: write h.f"), r.out());
        assertFalse(r.out().contains("diagnostic"), r.out());
    }
}
