package org.lockaudit.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lockaudit.json's declared guards and "inference" settings reach every command, analyze included. */
class InferenceConfigTest {
    @TempDir
    Path dir;
    Path dev;

    @BeforeEach
    void tree() throws Exception {
        dev = dir.resolve("dev.c");
        Files.copy(Path.of(getClass().getResource("/inference-config-dev.c").toURI()), dev);
    }

    CliTest.Run analyze(String config) throws Exception {
        if (config != null) {
            Files.writeString(dir.resolve("lockaudit.json"), config);
        }
        return CliTest.lockaudit("analyze", "--no-cache", dev.toString());
    }

    @Test
    void byDefaultAReadOutsideAGuardHeldAtTwoOfThreeAccessesIsReported() throws Exception {
        CliTest.Run r = analyze(null);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("dev.c:23: unguarded-access: reads dev.count without dev.lock"), r.out());
    }

    @Test
    void aHigherMinimumSupportInTheConfigurationSilencesIt() throws Exception {
        CliTest.Run r = analyze("{\"inference\": {\"minSupport\": 0.9}}");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("no findings"), r.out());
    }

    @Test
    void aGuardDeclaredInTheConfigurationWinsOverInference() throws Exception {
        CliTest.Run r = analyze("{\"inference\": {\"minSupport\": 0.9}, \"guards\": {\"dev.flags\": \"dev.lock\"}}");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("dev.c:23: declared-guard-violation: reads dev.flags without dev.lock, its declared guard (lockaudit.json)"),
                r.out());
    }

    @Test
    void aBadInferenceSettingIsAPositionedConfigurationError() throws Exception {
        CliTest.Run r = analyze("{\n  \"inference\": {\"minSupport\": 2}\n}\n");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("lockaudit.json:2:32: \"minSupport\" takes a fraction in (0, 1], not 2"), r.err());
        CliTest.Run unknown = analyze("{\"inference\": {\"minSuport\": 0.5}}");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown key \"minSuport\""), unknown.err());
    }
}
