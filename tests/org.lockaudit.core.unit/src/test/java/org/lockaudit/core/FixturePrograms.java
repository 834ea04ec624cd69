package org.lockaudit.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.TranslationUnitFacts;

/** The programs the threads tests compare one and two threads on: every check fixture, each its own program, and the PCI example. */
public final class FixturePrograms {
    public static final Path REPO = Path.of(System.getProperty("lockaudit.repo", "../.."));
    public static final Path CHECKS = REPO.resolve(
            "tests/org.lockaudit.core.unit/src/test/resources/fixtures/checks");

    /** One program: its name (the fixture's file, or the example's folder) and its units' facts. */
    public record Named(String name, List<TranslationUnitFacts> units) {
    }

    private FixturePrograms() {
    }

    public static List<Named> all() throws Exception {
        List<Named> out = new ArrayList<>();
        TreeConfig checks = new TreeConfig.Builder().includePath(CHECKS.resolve("include").toAbsolutePath()).build();
        try (Stream<Path> s = Files.list(CHECKS)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
                out.add(new Named(f.getFileName().toString(), FactsAnalysis.run(checks, List.of(f), null).units()));
            }
        }
        out.add(new Named("examples/pci/before", pciExample()));
        return out;
    }

    public static List<TranslationUnitFacts> pciExample() throws Exception {
        Path pci = REPO.resolve("examples/pci/before");
        try (Stream<Path> s = Files.list(pci)) {
            return FactsAnalysis.run(new TreeConfig.Builder().includePath(pci.resolve("include").toAbsolutePath())
                    .build(), s.filter(p -> p.toString().endsWith(".c")).sorted().toList(), null).units();
        }
    }
}
