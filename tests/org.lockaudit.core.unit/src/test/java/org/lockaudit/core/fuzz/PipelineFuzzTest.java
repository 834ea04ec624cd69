package org.lockaudit.core.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the whole engine (see {@link Pipeline} for what counts as a failure). Without JAZZER_FUZZ they run
 * in regression mode over the inputs stored under {@code PipelineFuzzTestInputs/<method>/} (each a crash or hang
 * found once, or a hostile seed); with JAZZER_FUZZ=1 Jazzer fuzzes them, coverage-guided (bench/fuzz).
 */
class PipelineFuzzTest {
    private static Path dir;
    private static Pipeline pipeline;
    private static List<byte[]> seeds;

    @BeforeAll
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("lockaudit-fuzz");
        pipeline = new Pipeline(dir);
        seeds = Seeds.load(Seeds.repo());
    }

    @AfterAll
    static void tearDown() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Raw bytes as a C file. */
    @FuzzTest(maxDuration = "30s")
    void rawSource(byte[] data) {
        // check() throws a Failure on a crash (escaped or caught as internal), a hang, or two runs that differ
        org.junit.jupiter.api.Assertions.assertNotNull(pipeline.check(data));
    }

    /** A seed edited by the structured mutator, the edits chosen by the fuzzer's bytes. */
    @FuzzTest(maxDuration = "30s")
    void structured(FuzzedDataProvider data) {
        byte[] seed = seeds.get(data.consumeInt(0, seeds.size() - 1));
        CMutator m = new CMutator(bound -> bound <= 1 ? 0 : data.consumeInt(0, bound - 1));
        // as above: a crash, a hang or two differing runs throw a Failure
        org.junit.jupiter.api.Assertions.assertNotNull(pipeline.check(m.mutate(seed, seeds, 1 + data.consumeInt(0, 7))));
    }
}
