package org.lockaudit.core.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.cli.Main;

/**
 * Entry points configured in lockaudit.json ({@code "lockApi": [{"entries": [...]}]}) reach the race rule: a
 * project's own hypercall handlers, named, matched by a pattern, or stored in an ops table, run on every CPU at
 * once unless the entry says {@code "multi": false}; without the entry the handler's context is unknown and
 * nothing is reported.
 */
class EntryPointConfigTest {
    @TempDir
    Path dir;

    private static final String CODE = """
            typedef struct { int m; } pthread_mutex_t;
            int pthread_mutex_lock(pthread_mutex_t *m);
            int pthread_mutex_unlock(pthread_mutex_t *m);
            struct hc { long (*handler)(int); };
            static pthread_mutex_t req_lock;
            static int requests;
            static int last;

            long guest_request(int x)
            {
                requests++;
                pthread_mutex_lock(&req_lock);
                last = x;
                pthread_mutex_unlock(&req_lock);
                return 0;
            }

            static const struct hc table[] = { { .handler = guest_request } };
            """;

    private String analyze(String config) throws Exception {
        Path t = dir.resolve("t" + Math.abs(config.hashCode()));
        Files.createDirectories(t);
        Files.writeString(t.resolve("hc.c"), CODE);
        if (!config.isEmpty()) {
            Files.writeString(t.resolve("lockaudit.json"), config);
        }
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = Main.run(new String[] {"analyze", "--no-cache", t.toString()});
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(code == 0 || code == 1, text);
            return text;
        } finally {
            System.setOut(oldOut);
        }
    }

    private static List<String> races(String text) {
        return text.lines().filter(l -> l.contains("unguarded-access")).toList();
    }

    @Test
    void withoutTheEntryTheHandlerRunsInAnUnknownContext() throws Exception {
        assertEquals(List.of(), races(analyze("")));
    }

    @Test
    void aNamedEntryRacesWithItselfOnItsUnlockedCounterOnly() throws Exception {
        List<String> r = races(analyze("""
                {"lockApi": [{"entries": [{"names": ["guest_request"], "kind": "hypercall"}]}]}
                """));
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).contains("hc.c:11:") && r.get(0).contains("requests")
                && r.get(0).contains("hypercall, a configured entry point"), r.get(0));
    }

    @Test
    void patternAndOpsTableFieldEntriesFindTheSameHandler() throws Exception {
        List<String> byPattern = races(analyze("""
                {"lockApi": [{"entries": [{"pattern": "guest_\\\\w+", "kind": "hypercall"}]}]}
                """));
        List<String> byField = races(analyze("""
                {"lockApi": [{"entries": [{"field": "hc.handler", "kind": "hypercall"}]}]}
                """));
        assertEquals(1, byPattern.size(), byPattern.toString());
        assertEquals(1, byField.size(), byField.toString());
        assertTrue(byField.get(0).contains("requests"), byField.get(0));
    }

    @Test
    void aSingleInstanceEntryDoesNotRaceWithItself() throws Exception {
        assertEquals(List.of(), races(analyze("""
                {"lockApi": [{"entries": [{"names": ["guest_request"], "kind": "hypercall", "multi": false}]}]}
                """)));
    }
}
