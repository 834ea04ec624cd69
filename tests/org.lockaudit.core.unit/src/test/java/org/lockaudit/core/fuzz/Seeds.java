package org.lockaudit.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fuzzing seeds: the project's C fixtures and examples, the fuzz seeds and the regression inputs. */
public final class Seeds {
    private Seeds() {
    }

    /** The repository root (surefire sets {@code lockaudit.repo}; else the working directory's ancestors). */
    public static Path repo() {
        String p = System.getProperty("lockaudit.repo");
        if (p != null) {
            return Path.of(p).toAbsolutePath().normalize();
        }
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isDirectory(d.resolve("tests/org.lockaudit.core.unit"))) {
            d = d.getParent();
        }
        return d;
    }

    static final String RESOURCES = "tests/org.lockaudit.core.unit/src/test/resources";
    static final String INPUTS = RESOURCES + "/org/lockaudit/core/fuzz/PipelineFuzzTestInputs/rawSource";

    /** Every seed file, sorted. */
    public static List<Path> files(Path repo) {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of(RESOURCES + "/fixtures", RESOURCES + "/org/lockaudit/core/fuzz", "examples")) {
            Path d = repo.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".c") || f.toString().endsWith(".h")))
                        .sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public static List<byte[]> load(Path repo) {
        List<byte[]> out = new ArrayList<>();
        for (Path f : files(repo)) {
            try {
                out.add(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
