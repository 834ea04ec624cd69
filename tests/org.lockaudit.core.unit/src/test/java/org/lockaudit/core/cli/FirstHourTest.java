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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.cli.Main;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.lockaudit.core.cli.CliTest.Run;

/** Issue 13: what a new user meets in the first hour — no silent green runs, progress, clear errors, and so on. */
class FirstHourTest {
    /** The command line run in-process, as CliTest runs it. */
    private static Run lockaudit(String... args) {
        return CliTest.lockaudit(args);
    }

    @TempDir
    Path dir;

    static Path example(String side) {
        return Path.of(System.getProperty("lockaudit.repo", "../..")).toAbsolutePath().normalize()
                .resolve("examples/pci").resolve(side);
    }

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    static final String LOCKS = """
            typedef struct { int raw; } spinlock_t;
            void spin_lock(spinlock_t *l);
            void spin_unlock(spinlock_t *l);
            """;

    /** One good unit (a double acquire) and a compile database that also names a unit that does not exist. */
    private Path treeWithMissingUnit() throws IOException {
        write("t/good.c", LOCKS + """
                static spinlock_t l;
                void twice(void) { spin_lock(&l); spin_lock(&l); spin_unlock(&l); }
                """);
        write("t/compile_commands.json", """
                [{"directory": ".", "file": "good.c", "command": "gcc -c good.c"},
                 {"directory": ".", "file": "gone.c", "command": "gcc -c gone.c"}]
                """);
        return dir.resolve("t");
    }

    private static void oneLine(Run r) {
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, "one line: " + r.err());
        assertFalse(r.err().matches("(?s).*\\b(java|com|org)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error).*"), "no class name: " + r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    // 1. skipped units in every format; nothing analysed is exit 2

    @Test
    void skippedUnitsAreReportedInTextJsonAndSarif() throws Exception {
        Path t = treeWithMissingUnit();
        Run text = lockaudit("analyze", "--no-cache", t.toString());
        assertEquals(1, text.code(), text.err());
        assertTrue(text.out().contains("1 unit skipped (not analysed):") && text.out().contains("gone.c: cannot read"),
                text.out());
        Path json = dir.resolve("r.json");
        lockaudit("analyze", "--no-cache", "--format", "json", "-o", json.toString(), t.toString());
        JsonArray skipped = JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("skipped");
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).getAsJsonObject().get("file").getAsString().endsWith("gone.c"));
        Path sarif = dir.resolve("r.sarif");
        lockaudit("analyze", "--no-cache", "--format", "sarif", "-o", sarif.toString(), t.toString());
        JsonObject root = JsonParser.parseString(Files.readString(sarif)).getAsJsonObject();
        assertTrue(root.get("$schema").getAsString().endsWith("sarif-schema-2.1.0.json"));
        JsonObject inv = root.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("invocations").get(0)
                .getAsJsonObject();
        assertTrue(inv.get("executionSuccessful").getAsBoolean());
        JsonObject note = inv.getAsJsonArray("toolExecutionNotifications").get(0).getAsJsonObject();
        assertTrue(note.getAsJsonObject("message").get("text").getAsString().contains("cannot read"));
        assertTrue(note.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("artifactLocation").get("uri").getAsString().endsWith("gone.c"));
        // the other commands' JSON too
        Path gj = dir.resolve("g.json");
        lockaudit("guards", "--no-cache", "--format", "json", "-o", gj.toString(), t.toString());
        assertEquals(1, JsonParser.parseString(Files.readString(gj)).getAsJsonObject().getAsJsonArray("skipped").size());
        Run facts = lockaudit("facts", "--no-cache", "--format", "json", t.toString());
        assertEquals(1, JsonParser.parseString(facts.out()).getAsJsonObject().getAsJsonArray("skipped").size());
    }

    @Test
    void nothingAnalysedIsAToolError() throws Exception {
        write("m/compile_commands.json", """
                [{"directory": ".", "file": "gone.c", "command": "gcc -c gone.c"}]
                """);
        Run r = lockaudit("analyze", "--no-cache", dir.resolve("m").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("nothing analysed: the only unit was skipped") && r.err().contains("gone.c"), r.err());
        oneLine(r);

        write("big/big.c", LOCKS + "int x;\n".repeat(100));
        Run big = lockaudit("guards", "--no-cache", "--max-file-size", "100", dir.resolve("big").toString());
        assertEquals(2, big.code());
        assertTrue(big.err().contains("file too large"), big.err());
    }

    // 2. progress on a terminal only; -v timings and skipped units

    @Test
    void progressOnlyOnATerminalAndVerboseTimings() throws Exception {
        Path t = treeWithMissingUnit();
        Run plain = lockaudit("analyze", "--no-cache", t.toString());
        assertEquals("", plain.err(), "not a terminal: nothing on stderr");
        System.setProperty("lockaudit.progress", "always");
        try {
            Run live = lockaudit("analyze", "--no-cache", t.toString());
            assertTrue(live.err().contains("lockaudit: parsing 2/2 units, 0:0"), live.err());
            assertTrue(live.err().contains("\r"), "one line rewritten in place");
            Run quiet = lockaudit("analyze", "--no-cache", "--quiet", t.toString());
            assertEquals("", quiet.err());
        } finally {
            System.clearProperty("lockaudit.progress");
        }
        Run v = lockaudit("analyze", "--no-cache", "-v", t.toString());
        assertTrue(v.err().matches("(?s).*lockaudit: parsing: \\d+ ms.*lockaudit: analysing: \\d+ ms.*"), v.err());
        assertTrue(v.err().contains("lockaudit: skipped " + t.resolve("gone.c")), v.err());
    }

    // 3. errors: one line, no Java, a hint instead of the usage

    @Test
    void errorsAreOneLineWithoutJava() throws Exception {
        Path t = treeWithMissingUnit();
        Run out = lockaudit("analyze", "--no-cache", "-o", dir.resolve("no/such/dir/r.txt").toString(), t.toString());
        assertEquals(2, out.code());
        assertTrue(out.err().contains("cannot write the report (-o)") && out.err().contains("no such file or directory"),
                out.err());
        oneLine(out);

        Path corrupt = write("baseline.json", "{ not json");
        Run base = lockaudit("analyze", "--no-cache", "--baseline", corrupt.toString(), t.toString());
        assertEquals(2, base.code());
        assertTrue(base.err().contains("not a LockAudit baseline"), base.err());
        oneLine(base);

        Run bad = lockaudit("analyze", "--no-such-option", t.toString());
        assertEquals(2, bad.code());
        assertFalse(bad.err().contains("Usage:"), "no usage dump: " + bad.err());
        assertTrue(bad.err().contains("Try 'lockaudit analyze --help'"), bad.err());
        assertEquals(2, bad.err().strip().split("\n").length, bad.err());
    }

    // 4. unknown lock

    @Test
    void unknownLockListsTheClosestAndExits2() {
        Run audit = lockaudit("audit", "--no-cache", "--lock", "pcidevs_lokc", example("before").toString());
        assertEquals(2, audit.code(), audit.out());
        assertTrue(audit.err().contains("unknown lock \"pcidevs_lokc\"") && audit.err().contains("closest known: pcidevs_lock"),
                audit.err());
        oneLine(audit);
        assertEquals("", audit.out());
        Run diff = lockaudit("diff", "--no-cache", "--lock", "pcidevs_lokc", "--before", example("before").toString(),
                "--after", example("after").toString());
        assertEquals(2, diff.code());
        assertTrue(diff.err().contains("closest known: pcidevs_lock"), diff.err());
        // the real names still work
        assertEquals(0, lockaudit("audit", "--no-cache", "--lock", "pcidevs_lock", example("before").toString()).code());
    }

    @Test
    void aThinWrapperOfAWrapperIsAKnownLockName() throws Exception {
        // Xen 4.19: pcidevs_lock() calls pcidevs_lock_unsafe(), which takes _pcidevs_lock
        write("wrappers.c", "typedef struct { int v; } spinlock_t;\n"
                + "void spin_lock(spinlock_t *l);\nvoid spin_unlock(spinlock_t *l);\nvoid barrier_nospec(void);\n"
                + "static spinlock_t _dev_lock;\nstatic int count;\n"
                + "void dev_lock_unsafe(void) { spin_lock(&_dev_lock); }\n"
                + "void dev_unlock(void) { spin_unlock(&_dev_lock); }\n"
                + "static inline void dev_lock(void) { dev_lock_unsafe(); barrier_nospec(); }\n"
                + "void bump(void) { dev_lock(); count++; dev_unlock(); }\n");
        Run audit = lockaudit("audit", "--no-cache", "--lock", "dev_lock", dir.toString());
        assertEquals(0, audit.code(), audit.out() + audit.err());
        assertTrue(audit.out().contains("bump"), audit.out());
    }

    // 5. guards exits like analyze

    @Test
    void guardsWithFindingsExits1() {
        Run after = lockaudit("guards", "--no-cache", example("after").toString());
        assertTrue(after.out().contains("unguarded-access") || after.out().contains("declared-guard-violation"), after.out());
        assertEquals(1, after.code(), "findings: exit 1, as analyze");
        Run before = lockaudit("guards", "--no-cache", example("before").toString());
        assertTrue(before.out().endsWith(" 0 findings\n"), before.out());
        assertEquals(0, before.code());
    }

    // 6. diff takes the tree options, per side where they differ

    @Test
    void diffTakesTheTreeOptionsForEachSide() throws Exception {
        // each side's lock calls exist only under its own define, given by a database outside the tree
        String code = LOCKS + """
                struct dev { spinlock_t lock; spinlock_t stat_lock; int count; };
                #ifdef LOCKED
                #define TAKE(d) spin_lock(&(d)->LOCKED)
                #define DROP(d) spin_unlock(&(d)->LOCKED)
                #else
                #define TAKE(d)
                #define DROP(d)
                #endif
                """;
        write("before/dev.c", code + """
                void a(struct dev *d) { TAKE(d); d->count++; DROP(d); }
                void b(struct dev *d) { TAKE(d); d->count = 2; DROP(d); }
                """);
        write("after/dev.c", code + """
                void a(struct dev *d) { TAKE(d); d->count++; DROP(d); }
                void b(struct dev *d) { d->count = 2; }
                """);
        write("db/before.json", "[{\"directory\": \"" + dir.resolve("before") + "\", \"file\": \"dev.c\", "
                + "\"command\": \"gcc -DLOCKED=lock -c dev.c\"}]");
        write("db/after.json", "[{\"directory\": \"" + dir.resolve("after") + "\", \"file\": \"dev.c\", "
                + "\"command\": \"gcc -DLOCKED=stat_lock -c dev.c\"}]");
        Path cache = dir.resolve("cache");
        Run r = lockaudit("diff", "--lock", "dev.lock", "--before", dir.resolve("before").toString(), "--after",
                dir.resolve("after").toString(), "--before-compile-commands", dir.resolve("db/before.json").toString(),
                "--after-compile-commands", dir.resolve("db/after.json").toString(), "--cache-dir", cache.toString(),
                "-j", "1", "--unit-timeout", "60s");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("UNPROTECTED"), r.out());
        assertTrue(Files.isDirectory(cache), "--cache-dir used");
        // without the databases no side takes any lock: the lock is unknown
        Run none = lockaudit("diff", "--no-cache", "--lock", "dev.lock", "--before", dir.resolve("before").toString(),
                "--after", dir.resolve("after").toString());
        assertEquals(2, none.code(), none.out() + none.err());
        // and a PATH is no diff argument
        assertEquals(2, lockaudit("diff", "--lock", "x", "--before", "a", "--after", "b", "extra").code());
    }

    // 7. HTML from the template: filters, anchors, contents; SARIF (above)

    @Test
    void analyzeHtmlHasFiltersAnchorsAndContents() throws Exception {
        Path html = dir.resolve("r.html");
        lockaudit("analyze", "--no-cache", "--format", "html", "-o", html.toString(), example("before").toString());
        String page = Files.readString(html);
        assertTrue(page.contains("data-filter=\"kind\"") && page.contains("data-filter=\"file\"")
                && page.contains("data-filter=\"lock\""), "filters by kind, file and lock");
        assertTrue(page.contains("<option>double-acquire</option>") && page.contains("fault.c</option>")
                && page.contains("<option>_pcidevs_lock</option>"), "filter values");
        assertTrue(page.contains("<nav id=\"toc\">") && page.contains("href=\"#f1\""), "table of contents");
        assertTrue(page.contains("id=\"f1-p1-s1\"") && page.contains("href=\"#f1-p1-s1\""), "anchored evidence steps");
        assertTrue(page.contains("fault.c#L53\""), "steps link to their source lines");
        assertTrue(org.lockaudit.core.report.HtmlPage.class.getResource("report.html") != null, "the template resource");
        assertFalse(page.contains("{{"), "every placeholder filled");
    }

    @Test
    void auditHtmlVerdictIsFilled() throws Exception {
        Path html = dir.resolve("a.html");
        lockaudit("audit", "--no-cache", "--lock", "pcidevs_lock", "--format", "html", "-o", html.toString(),
                example("before").toString());
        String page = Files.readString(html);
        int table = page.indexOf("id=\"sections\"");
        String body = page.substring(table, page.indexOf("</table>", table));
        for (String row : body.split("<tr class=\"filterable\">")) {
            if (row.contains("<td>")) {
                String last = row.substring(row.lastIndexOf("<td>") + 4, row.lastIndexOf("</td>"));
                assertFalse(last.isBlank(), "verdict filled: " + row);
            }
        }
        assertTrue(body.contains("held for nothing") && body.contains("needed"));
    }

    // 8. lockaudit.json "suppressions" applied, reasons required, unused reported

    @Test
    void configSuppressionsAreApplied() throws Exception {
        Path t = treeWithMissingUnit();
        Files.delete(t.resolve("compile_commands.json"));
        write("t/lockaudit.json", """
                {"suppressions": [
                  {"kind": "double-acquire", "file": "good.c", "function": "twice", "reason": "test: recursive in this build"},
                  {"kind": "release-unheld", "function": "nowhere", "reason": "stale"}
                ]}
                """);
        Run r = lockaudit("analyze", "--no-cache", t.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("no findings"), r.out());
        assertTrue(r.err().contains("suppressions[1] (release-unheld, function nowhere) matches no finding"), r.err());
        Path json = dir.resolve("s.json");
        lockaudit("analyze", "--no-cache", "--format", "json", "-o", json.toString(), t.toString());
        assertEquals(1, JsonParser.parseString(Files.readString(json)).getAsJsonObject().get("suppressed").getAsInt());

        write("t/lockaudit.json", """
                {"suppressions": [ {"kind": "double-acquire", "file": "good.c"} ]}
                """);
        Run noReason = lockaudit("analyze", "--no-cache", t.toString());
        assertEquals(2, noReason.code());
        assertTrue(noReason.err().contains("\"reason\" missing"), noReason.err());
    }

    // 10. the cache ignores itself and is announced once

    @Test
    void cacheDirectoryIgnoresItselfAndIsAnnouncedOnce() throws Exception {
        Path t = treeWithMissingUnit();
        Run first = lockaudit("analyze", t.toString());
        Path cache = t.resolve(".lockaudit-cache");
        assertEquals("*", Files.readAllLines(cache.resolve(".gitignore")).stream().filter(l -> !l.startsWith("#"))
                .findFirst().orElse(""));
        assertTrue(first.err().contains("facts cache created in " + cache), first.err());
        Run second = lockaudit("analyze", t.toString());
        assertFalse(second.err().contains("facts cache"), second.err());
    }
}
