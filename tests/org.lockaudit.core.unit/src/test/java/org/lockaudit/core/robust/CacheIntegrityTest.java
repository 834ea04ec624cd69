package org.lockaudit.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.cache.ContentHash;
import org.lockaudit.core.cache.EngineVersion;
import org.lockaudit.core.cache.FactsCache;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.config.TreeConfig;

/**
 * Persisted state under attack: entries from another engine version, of another unit, empty, garbage, a folder in
 * an entry's place, left-over temporaries, and two runs (threads or processes) writing one cache at once. Every
 * case: detected, discarded, rebuilt, and the facts equal an uncached run.
 */
class CacheIntegrityTest {
    @TempDir
    Path dir;

    private List<Path> tree(int n) throws Exception {
        Engine.write(dir, "include/dev.h", "struct dev { int count; int flags; };\ntypedef struct { int v; } spinlock_t;\n"
                + "void spin_lock(spinlock_t *l);\nvoid spin_unlock(spinlock_t *l);\n");
        List<Path> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(Engine.write(dir, "src/u" + i + ".c", "#include \"../include/dev.h\"\nspinlock_t l" + i + ";\n"
                    + "void f" + i + "(struct dev *d)\n{\n    spin_lock(&l" + i + ");\n    d->count += " + i + ";\n"
                    + (i % 3 == 0 ? "" : "    spin_unlock(&l" + i + ");\n") + "}\n"));
        }
        return units;
    }

    private FactsResult run(List<Path> units, Path cache) {
        return Engine.facts(units, Limits.DEFAULT, cache, null);
    }

    private static List<Path> entries(Path cache) throws Exception {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(p -> p.toString().endsWith(".facts")).sorted().toList();
        }
    }

    @Test
    void everyKindOfBadEntryIsDiscardedAndRebuilt() throws Exception {
        List<Path> units = tree(6);
        Path cache = dir.resolve("cache");
        FactsResult fresh = run(units, null);
        run(units, cache);
        List<Path> e = entries(cache);
        assertEquals(6, e.size());
        Files.write(e.get(0), new byte[0]);                                        // empty
        Files.write(e.get(1), "not an EMF resource at all".getBytes());            // garbage
        byte[] whole = Files.readAllBytes(e.get(2));
        Files.write(e.get(2), java.util.Arrays.copyOf(whole, whole.length / 2));   // truncated
        Files.copy(e.get(4), e.get(3), java.nio.file.StandardCopyOption.REPLACE_EXISTING); // another unit's entry
        byte[] flipped = Files.readAllBytes(e.get(5));
        flipped[flipped.length - 3] ^= 0x5a;                                       // one corrupted byte
        Files.write(e.get(5), flipped);
        FactsResult r = run(units, cache);
        assertTrue(r.stats().parsed() >= 4, "bad entries re-parsed: " + r.notes());
        CancellationTest.assertSameFacts(fresh, r);
        FactsResult again = run(units, cache);
        assertEquals(6, again.stats().cached(), "rebuilt entries are used: " + again.notes());
        CancellationTest.assertSameFacts(fresh, again);
    }

    @Test
    void entryWrittenByAnotherEngineVersionIsNeverUsed() throws Exception {
        List<Path> units = tree(1);
        Path cache = dir.resolve("cache");
        run(units, cache);
        Path entry = entries(cache).get(0);
        // The same entry as an older engine would find it in its own slot: its key names the current version.
        FactsCache old = new FactsCache(cache, "0.0.9+old");
        String unit = units.get(0).toAbsolutePath().normalize().toString();
        String fp = new TreeConfig.Builder().build().fingerprint(Path.of(unit));
        Path oldSlot = old.entry(unit, fp);
        Files.createDirectories(oldSlot.getParent());
        Files.copy(entry, oldSlot);
        FactsCache.Lookup l = old.lookup(unit, fp, ContentHash.of(Files.readAllBytes(units.get(0))));
        assertEquals(FactsCache.Status.STALE, l.status());
        // And an entry of another version put in the current slot is not used either.
        FactsCache current = new FactsCache(cache, EngineVersion.get());
        Files.copy(oldSlot, current.entry(unit, fp), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        var facts = current.lookup(unit, fp, ContentHash.of(Files.readAllBytes(units.get(0))));
        assertEquals(FactsCache.Status.HIT, facts.status(), "same bytes, same version: a hit");
        facts.facts().setCacheKey(ContentHash.of("another engine's key"));
        current.store(unit, fp, facts.facts());
        assertEquals(FactsCache.Status.STALE, current.lookup(unit, fp, ContentHash.of(Files.readAllBytes(units.get(0))))
                .status());
    }

    @Test
    void entryOfThePreviousLayoutIsDiscarded() throws Exception {
        List<Path> units = tree(2);
        Path cache = dir.resolve("cache");
        FactsResult fresh = run(units, null);
        run(units, cache);
        Path entry = entries(cache).get(0);
        byte[] whole = Files.readAllBytes(entry);
        int nl = 0;
        while (whole[nl] != '\n') {
            nl++;
        }
        String head = new String(whole, 0, nl, java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(head.matches("lockaudit-facts 3 [0-9a-f]{8}"), head);
        // the same payload under format 2's header (its SHA-256): a layout this engine does not read
        byte[] payload = java.util.Arrays.copyOfRange(whole, nl + 1, whole.length);
        byte[] older = ("lockaudit-facts 2 " + ContentHash.of(payload) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(older, older.length + payload.length);
        System.arraycopy(payload, 0, all, older.length, payload.length);
        Files.write(entry, all);
        FactsResult r = run(units, cache);
        assertEquals(1, r.stats().cacheDiscarded(), String.valueOf(r.notes()));
        assertEquals(1, r.stats().parsed());
        CancellationTest.assertSameFacts(fresh, r);
    }

    @Test
    void folderInPlaceOfAnEntryAndLeftOverTemporaries() throws Exception {
        List<Path> units = tree(2);
        Path cache = dir.resolve("cache");
        run(units, cache);
        Path entry = entries(cache).get(0);
        Files.delete(entry);
        Files.createDirectories(entry.resolve("x"));
        Path tmp = entry.getParent().resolve("leftover.facts123.tmp");
        Files.write(tmp, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(tmp, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        FactsResult r = run(units, cache);
        assertEquals(2, r.units().size());
        assertTrue(r.diagnostics().isEmpty(), String.valueOf(r.diagnostics()));
        assertFalse(Files.exists(tmp), "a killed run's temporary is swept");
    }

    @Test
    void twoThreadsWritingOneCacheAtOnce() throws Exception {
        List<Path> units = tree(24);
        Path cache = dir.resolve("cache");
        FactsResult fresh = run(units, null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                // Invalidate some entries before each round so that both write them again.
                Engine.write(dir, "src/u" + round + ".c", Files.readString(units.get(round)) + "\n");
                fresh = run(units, null);
                List<Callable<FactsResult>> both = List.of(() -> run(units, cache), () -> run(units, cache));
                for (Future<FactsResult> f : pool.invokeAll(both)) {
                    CancellationTest.assertSameFacts(fresh, f.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        FactsResult after = run(units, cache);
        assertEquals(24, after.stats().cached(), String.valueOf(after.notes()));
        assertEquals(0, after.stats().cacheDiscarded());
        assertEquals(fresh.units().size(), after.units().size());
    }

    @Test
    void twoProcessesWritingOneCacheAtOnce() throws Exception {
        tree(24);
        Path cache = dir.resolve("cache");
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ps.add(cli(cache, i, false));
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(0, ps.get(i).waitFor(), Files.readString(dir.resolve("err" + i + ".txt")));
        }
        // A third run reads every entry the two wrote: none is stale or corrupt, and the output is the same.
        Process third = cli(cache, 2, true);
        assertEquals(0, third.waitFor(), Files.readString(dir.resolve("err2.txt")));
        assertFalse(Files.readString(dir.resolve("err2.txt")).contains("lockaudit: cache"),
                Files.readString(dir.resolve("err2.txt")));
        assertEquals(factsOnly(dir.resolve("out0.txt")), factsOnly(dir.resolve("out2.txt")));
        assertEquals(factsOnly(dir.resolve("out1.txt")), factsOnly(dir.resolve("out2.txt")));
        assertTrue(Files.size(dir.resolve("out2.txt")) > 0);
    }

    /** The JSON output without its statistics (parsed/cached counts differ between runs by design). */
    private static String factsOnly(Path out) throws Exception {
        com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        o.remove("stats");
        return o.toString();
    }

    private Process cli(Path cache, int i, boolean verbose) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.lockaudit.cli.Main", "facts", "--format", "json", "--no-compile-commands", "--cache-dir", cache.toString(), "-j", "1"));
        if (verbose) {
            cmd.add("--verbose");
        }
        cmd.add(dir.resolve("src").toString());
        return new ProcessBuilder(cmd).redirectError(dir.resolve("err" + i + ".txt").toFile())
                .redirectOutput(dir.resolve("out" + i + ".txt").toFile()).start();
    }
}
