package org.lockaudit.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;

/** Every C fixture under fixtures/checks is analysed on its own and must match its expectations both ways. */
public class CheckFixturesTest {
    static final Path DIR = Path.of(System.getProperty("lockaudit.repo"),
            "tests/org.lockaudit.core.unit/src/test/resources/fixtures/checks");

    @TestFactory
    Stream<DynamicTest> fixtures() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            TreeConfig.Builder b = new TreeConfig.Builder();
            b.includePath(DIR.resolve("include").toAbsolutePath());
            List<TranslationUnitFacts> units = FactsAnalysis.run(b.build(), List.of(f), null).units();
            AnalysisResult r = Analysis.run(units, options(f), null);
            assertEquals(List.of(), ExpectationRunner.mismatches(r, List.of(f), ExpectationRunner.allKinds()));
        }));
    }

    /**
     * The default options, with the lock-API presets a fixture names in a {@code @presets a,b} line (replacing the
     * defaults, as {@code --preset} does).
     */
    public static org.lockaudit.core.inference.GuardOptions options(Path fixture) throws java.io.IOException {
        org.lockaudit.core.inference.GuardOptions o = org.lockaudit.core.inference.GuardOptions.defaults();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@presets\\s+([\\w,-]+)").matcher(Files.readString(fixture));
        return m.find() ? o.withLockApi(org.lockaudit.core.lockapi.LockApi.of(List.of(m.group(1).split(",")), List.of())) : o;
    }
}
