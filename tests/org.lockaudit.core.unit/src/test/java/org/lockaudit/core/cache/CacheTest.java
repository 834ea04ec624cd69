package org.lockaudit.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.TranslationUnitFacts;

class CacheTest {
    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private List<Path> tree() throws IOException {
        write("include/dev.h", "struct dev { int count; int flags; };\n");
        write("include/other.h", "struct other { int n; };\n");
        return List.of(
                write("a.c", "#include <dev.h>\nvoid a(struct dev *d)\n{\n    d->count++;\n}\n"),
                write("b.c", "#include <dev.h>\n#include <other.h>\nvoid b(struct dev *d)\n{\n    d->flags = 1;\n}\n"),
                write("c.c", "#include <other.h>\nvoid c(struct other *o)\n{\n    o->n = 2;\n}\n"));
    }

    private FactsResult run(List<Path> units) {
        TreeConfig cfg = new TreeConfig.Builder().includePath(dir.resolve("include")).build();
        return FactsAnalysis.run(cfg, units, new FactsAnalysis.Options(dir.resolve("cache"), 2, 1 << 20), null);
    }

    @Test
    void secondRunParsesNothingAndGivesTheSameFacts() throws Exception {
        List<Path> units = tree();
        FactsResult first = run(units);
        assertEquals(3, first.stats().parsed());
        assertEquals(0, first.stats().cached());
        FactsResult second = run(units);
        assertEquals(0, second.stats().parsed());
        assertEquals(3, second.stats().cached());
        TranslationUnitFacts b = second.units().get(1);
        assertEquals(units.get(1).toString(), b.getPath());
        Access w = (Access) b.getFunctions().get(0).getNodes().get(0).getEvents().get(0);
        assertEquals("dev.flags", w.getTarget());
        assertEquals(5, w.getLine());
        assertEquals(2, b.getIncludes().size(), "includes recorded with their hashes");
        assertEquals(64, b.getIncludes().get(0).getContentHash().length());
    }

    @Test
    void headerEditReparsesExactlyItsIncluders() throws Exception {
        List<Path> units = tree();
        run(units);
        write("include/dev.h", "struct dev { int flags; int count; };\n");
        FactsResult r = run(units);
        assertEquals(2, r.stats().parsed(), "a.c and b.c include dev.h");
        assertEquals(1, r.stats().cached(), "c.c does not");
        assertEquals(2, r.stats().cacheDiscarded());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("dev.h")), String.valueOf(r.notes()));
        // And an edit to a unit re-parses only that unit.
        write("c.c", "#include <other.h>\nvoid c(struct other *o)\n{\n\n    o->n = 3;\n}\n");
        FactsResult r2 = run(units);
        assertEquals(1, r2.stats().parsed());
        assertEquals(5, ((Access) r2.units().get(2).getFunctions().get(0).getNodes().get(0).getEvents().get(0))
                .getLine());
    }

    @Test
    void configurationChangeMissesTheCache() throws Exception {
        List<Path> units = tree();
        run(units);
        TreeConfig other = new TreeConfig.Builder().includePath(dir.resolve("include")).define("X", "1").build();
        FactsResult r = FactsAnalysis.run(other, units, new FactsAnalysis.Options(dir.resolve("cache"), 1, 1 << 20),
                null);
        assertEquals(3, r.stats().parsed());
    }

    @Test
    void corruptAndTruncatedEntriesAreDiscarded() throws Exception {
        List<Path> units = tree();
        run(units);
        List<Path> entries;
        try (Stream<Path> s = Files.walk(dir.resolve("cache"))) {
            entries = s.filter(p -> p.toString().endsWith(".facts")).sorted().toList();
        }
        assertEquals(3, entries.size());
        byte[] full = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(full, full.length / 2));
        Files.write(entries.get(1), "garbage, not an EMF resource".getBytes());
        FactsResult r = run(units);
        assertEquals(2, r.stats().parsed());
        assertEquals(1, r.stats().cached());
        assertEquals(2, r.stats().cacheDiscarded());
        assertTrue(r.notes().stream().allMatch(n -> n.startsWith("CORRUPT")), String.valueOf(r.notes()));
        // Rewritten: the next run is all hits again, with the right facts.
        FactsResult again = run(units);
        assertEquals(3, again.stats().cached());
        assertEquals("a", again.units().get(0).getFunctions().get(0).getName());
        try (Stream<Path> s = Files.walk(dir.resolve("cache"))) {
            assertEquals(0, s.filter(p -> p.toString().endsWith(".tmp")).count(), "no temporary files left");
        }
    }
}
