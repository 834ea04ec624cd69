package org.lockaudit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.inference.GuardOptions;

/**
 * Every lock-split fixture under fixtures/diff ({@code CASE/before/*.c}, {@code CASE/after/*.c}) is diffed for the
 * lock its after side names ({@code @diff-lock NAME}) and must match the expectations written in the after side,
 * both ways: {@code /* @diff OUTCOME [LOCK...][, OUTCOME [LOCK...]] *}{@code /} on a line lists, for every diff
 * row with an access on that line, its outcome and the locks it names; an after line some row accesses without a
 * marker, or a marker no row matches, is a mismatch.
 */
class DiffFixturesTest {
    static final Path DIR = Path.of(System.getProperty("lockaudit.repo"),
            "tests/org.lockaudit.core.unit/src/test/resources/fixtures/diff");
    private static final Path INCLUDE = Path.of(System.getProperty("lockaudit.repo"),
            "tests/org.lockaudit.core.unit/src/test/resources/fixtures/checks/include");
    private static final Pattern MARK = Pattern.compile("@diff\\s+([^*]+)\\*/");
    private static final Pattern LOCK = Pattern.compile("@diff-lock\\s+(\\S+)");

    @TestFactory
    Stream<DynamicTest> fixtures() throws Exception {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            LockSplitDiff.Result diff = diff(c);
            assertEquals(expected(c.resolve("after")), actual(diff), "rows of " + c.getFileName() + ":\n"
                    + describe(diff));
        }));
    }

    static LockSplitDiff.Result diff(Path c) throws Exception {
        String lock = null;
        for (Path f : sources(c.resolve("after"))) {
            Matcher m = LOCK.matcher(Files.readString(f));
            if (m.find()) {
                lock = m.group(1);
            }
        }
        assertNotNull(lock, "@diff-lock in " + c);
        return LockSplitDiff.compare(lock, guards(c.resolve("before")), guards(c.resolve("after")));
    }

    private static GuardAnalysis.Result guards(Path side) throws Exception {
        TreeConfig.Builder b = new TreeConfig.Builder();
        b.includePath(INCLUDE.toAbsolutePath());
        List<TranslationUnitFacts> units = FactsAnalysis.run(b.build(), sources(side), null).units();
        GuardOptions options = GuardOptions.defaults();
        for (Path f : sources(side)) {
            if (Files.readString(f).contains("@presets")) {
                options = org.lockaudit.core.check.CheckFixturesTest.options(f);
            }
        }
        return GuardAnalysis.run(units, options, null, null);
    }

    private static List<Path> sources(Path side) throws Exception {
        try (Stream<Path> s = Files.list(side)) {
            return s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
    }

    /** {@code file:line} -> the sorted row descriptions the markers want there. */
    private static Map<String, List<String>> expected(Path after) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        for (Path f : sources(after)) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARK.matcher(lines.get(i));
                if (m.find()) {
                    List<String> rows = new ArrayList<>();
                    for (String r : m.group(1).split(",")) {
                        rows.add(r.trim().replaceAll("\\s+", " "));
                    }
                    rows.sort(null);
                    out.put(f.getFileName() + ":" + (i + 1), rows);
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> actual(LockSplitDiff.Result diff) {
        Map<String, List<String>> out = new TreeMap<>();
        for (DiffRow r : diff.rows()) {
            String text = r.outcome().id() + (r.locks().isEmpty() ? "" : " " + String.join(" ", r.locks()));
            java.util.Set<String> lines = new java.util.TreeSet<>();
            for (String[] a : r.after()) {
                lines.add(Path.of(a[0]).getFileName() + ":" + a[1]);
            }
            for (String l : lines) {
                out.computeIfAbsent(l, k -> new ArrayList<>()).add(text);
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static String describe(LockSplitDiff.Result diff) {
        StringBuilder b = new StringBuilder();
        for (DiffRow r : diff.rows()) {
            b.append(r.function()).append(' ').append(r.field()).append(' ').append(r.outcome().id()).append(' ')
                    .append(r.locks()).append(" after ");
            r.after().forEach(a -> b.append(a[1]).append(' '));
            b.append(": ").append(r.note()).append('\n');
        }
        return b.toString();
    }
}
