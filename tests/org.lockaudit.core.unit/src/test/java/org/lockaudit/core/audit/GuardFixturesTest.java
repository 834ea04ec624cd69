package org.lockaudit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingCollector;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.AccessSite;
import org.lockaudit.core.inference.FieldGuard;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.inference.GuardFindings;
import org.lockaudit.core.inference.GuardOptions;

/**
 * The guard-inference fixture suite: every file under {@code fixtures/guards} is analysed and checked both ways
 * against its annotations. {@code @guard FIELD LOCK [own|other|global]} (LOCK may be a status: init-only,
 * immutable, atomic, lifetime-only, unguarded) for each annotated field; {@code @exempt} on exactly the lines with
 * exempt accesses; {@code @expect unguarded-access} / {@code @expect declared-guard-violation} on exactly the
 * lines with those findings; {@code @lifetime-only FIELD} on a line whose access of FIELD holds only a counted
 * reference.
 */
class GuardFixturesTest {
    private static final Pattern COMMENT = Pattern.compile("/\\*\\s*(@[^*]*?)\\s*\\*/");
    private static final Set<String> STATUSES = Set.of("init-only", "immutable", "atomic", "lifetime-only", "unguarded");

    static Path dir() {
        return Cli.repo().resolve("tests/org.lockaudit.core.unit/src/test/resources/fixtures/guards");
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir())) {
            files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws Exception {
        TreeConfig config = new TreeConfig.Builder().includePath(dir().resolve("include")).build();
        List<TranslationUnitFacts> units = FactsAnalysis.run(config, List.of(file), null).units();
        GuardAnalysis.Result r = GuardAnalysis.run(units, GuardOptions.defaults(), null, null);
        FindingCollector sink = new FindingCollector();
        GuardFindings.report(r.fields(), r.options(), sink);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> expected = new TreeSet<>();
        Set<Integer> exemptExpected = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = COMMENT.matcher(lines.get(i));
            while (m.find()) {
                String[] w = m.group(1).trim().split("\\s+");
                int line = i + 1;
                switch (w[0]) {
                    case "@guard" -> checkGuard(r, w, line);
                    case "@exempt" -> exemptExpected.add(line);
                    case "@expect" -> expected.add(w[1] + ":" + line);
                    case "@lifetime-only" -> assertTrue(r.sites().stream().anyMatch(s -> s.line() == line
                            && s.field().equals(w[1]) && s.reference() != null && s.must().isEmpty()),
                            "line " + line + ": " + w[1] + " accessed under a counted reference only");
                    default -> throw new AssertionError("unknown annotation " + w[0] + " at line " + line);
                }
            }
        }
        Set<Integer> exemptActual = new TreeSet<>();
        for (AccessSite s : r.sites()) {
            if (s.exempt() && s.file().equals(file.toString())) {
                exemptActual.add(s.line());
            }
        }
        assertEquals(exemptExpected, exemptActual, "exempt accesses");
        Set<String> actual = new TreeSet<>();
        for (Finding f : sink.sorted()) {
            actual.add(f.kind().id() + ":" + f.line());
        }
        assertEquals(expected, actual, "findings");
    }

    private static void checkGuard(GuardAnalysis.Result r, String[] w, int line) {
        FieldGuard g = r.fields().get(w[1]);
        assertTrue(g != null, "line " + line + ": no access of " + w[1]);
        if (STATUSES.contains(w[2])) {
            assertEquals(w[2], g.status().id(), "line " + line + ": status of " + w[1]);
            return;
        }
        assertTrue(g.guard() != null, "line " + line + ": " + w[1] + " has no guard (" + g.status().id() + ")");
        assertTrue(r.names().matches(g.guard(), w[2]), "line " + line + ": guard of " + w[1] + " is " + g.guard());
        if (w.length > 3) {
            assertEquals(w[3], g.guard().relation().name().toLowerCase(), "line " + line + ": relation of " + w[1]);
        }
    }
}
