package org.lockaudit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.GuardOptions;

/**
 * Every audit fixture under fixtures/audit is audited alone for the lock it names ({@code @audit-lock NAME}); its
 * held-for-nothing sections must be exactly the lines marked {@code @expect held-for-nothing} (a section's line is
 * its acquisition's).
 */
class AuditFixturesTest {
    static final Path DIR = Path.of(System.getProperty("lockaudit.repo"),
            "tests/org.lockaudit.core.unit/src/test/resources/fixtures/audit");
    private static final Path INCLUDE = Path.of(System.getProperty("lockaudit.repo"),
            "tests/org.lockaudit.core.unit/src/test/resources/fixtures/checks/include");
    private static final Pattern LOCK = Pattern.compile("@audit-lock\\s+(\\S+)");

    @TestFactory
    Stream<DynamicTest> fixtures() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Matcher m = LOCK.matcher(Files.readString(f));
            assertNotNull(m.find() ? m.group(1) : null, "@audit-lock in " + f);
            TreeConfig.Builder b = new TreeConfig.Builder();
            b.includePath(INCLUDE.toAbsolutePath());
            List<TranslationUnitFacts> units = FactsAnalysis.run(b.build(), List.of(f), null).units();
            LockAudit.Result r = LockAudit.run(units, GuardOptions.defaults(), m.group(1), null);
            Set<String> found = new TreeSet<>();
            for (CriticalSection s : r.heldForNothing()) {
                found.add(Path.of(s.file()).getFileName() + ":" + s.startLine());
            }
            StringBuilder all = new StringBuilder();
            for (CriticalSection s : r.sections()) {
                all.append(s.function()).append(' ').append(s.startLine()).append('-').append(s.endLine()).append(' ')
                        .append(s.how()).append(" touches ").append(s.touched()).append('\n');
            }
            assertEquals(Cli.expectations(f, "held-for-nothing"), found, "sections:\n" + all);
        }));
    }
}
