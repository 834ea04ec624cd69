package org.lockaudit.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./lockaudit} launcher chooses the JVM's options by the size of the tree (its compilation database's
 * entries and bytes): a batch run over a large tree runs without the ahead-of-time cache and with the client compiler
 * only, a smaller one (or none), or a long-lived session (bench-incremental), keeps the defaults. {@code LOCKAUDIT_DRY_RUN=1} prints the java command line instead of running (or building) it.
 */
class LauncherTest {
    private static final Path REPO = Path.of(System.getProperty("lockaudit.repo", "../..")).toAbsolutePath().normalize();
    private static final String CLIENT_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    /** 250 entries of kernel-like command lines (1.7 KB each: Xen's average is 2 KB): a large tree. */
    private Path big() throws IOException {
        StringBuilder flags = new StringBuilder("-I./include -include ./include/config.h");
        for (int i = 0; flags.length() < 1700; i++) {
            flags.append(" -DHAVE_FEATURE_").append(i);
        }
        return tree("big", 250, flags.toString());
    }

    /** A tree of {@code n} units with a compilation database at its root, each command line with {@code flags}. */
    private Path tree(String name, int n, String flags) throws IOException {
        Path root = Files.createDirectories(dir.resolve(name));
        StringBuilder db = new StringBuilder("[\n");
        for (int i = 0; i < n; i++) {
            Files.writeString(root.resolve("u" + i + ".c"), "int f" + i + "(void) { return 0; }\n");
            db.append(i == 0 ? "" : ",\n").append("  {\n    \"directory\": \"").append(root).append("\",\n")
                    .append("    \"file\": \"u").append(i).append(".c\",\n    \"command\": \"gcc ").append(flags)
                    .append(" -c u").append(i).append(".c\"\n  }");
        }
        Files.writeString(root.resolve("compile_commands.json"), db.append("\n]\n"));
        return root;
    }

    /** The java command line the launcher would run for {@code args}. */
    private static String dryRun(String javaOpts, String... args) throws Exception {
        Path launcher = REPO.resolve("lockaudit");
        Assumptions.assumeTrue(Files.isRegularFile(launcher) && Files.isExecutable(Path.of("/bin/sh")),
                "no launcher or no /bin/sh");
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LOCKAUDIT_DRY_RUN", "1");
        pb.environment().remove("LOCKAUDIT_EXTRA_OPTS");
        if (javaOpts == null) {
            pb.environment().remove("LOCKAUDIT_JAVA_OPTS");
        } else {
            pb.environment().put("LOCKAUDIT_JAVA_OPTS", javaOpts);
        }
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("-jar ") && out.contains("lockaudit.jar"), out);
        return out;
    }

    @Test
    void aLargeTreeRunsWithoutTheCacheAndWithTheClientCompilerOnly() throws Exception {
        Path big = big();
        Files.createDirectories(big.resolve("sub"));
        for (String line : List.of(dryRun(null, "analyze", "--no-cache", "--format", "json", "-o", "out.json",
                big.toString()),
                dryRun(null, "facts", "--compile-commands", big.resolve("compile_commands.json").toString(), "."),
                dryRun(null, "analyze", "--compile-commands=" + big.resolve("compile_commands.json"), "."),
                dryRun(null, "guards", "-j", "2", big.resolve("sub").toString()), // a PATH below the database's
                dryRun(null, "diff", "--lock", "l", "--before", big.toString(), "--after", big.toString()))) {
            assertTrue(line.contains(CLIENT_ONLY), line);
            assertFalse(line.contains("AOTCache") || line.contains("SharedArchiveFile"), line);
            assertTrue(line.contains("-XX:+UseParallelGC") && line.contains("-Xss16m"), line);
        }
    }

    @Test
    void aSmallTreeOneFileOrNoTreeKeepsTheDefaults() throws Exception {
        Path big = big(), small = tree("small", 3, ""), light = tree("light", 1000, "-Iinclude");
        for (String line : List.of(dryRun(null, "analyze", small.toString()), dryRun(null, "--help"),
                // many units, short command lines (as the generated corpus): the JIT's defaults still pay
                dryRun(null, "analyze", light.toString()),
                dryRun(null, "--version"), dryRun(null, "facts", "--stats", big.resolve("u7.c").toString()),
                dryRun(null, "analyze", "--no-compile-commands", big.toString()),
                // -o's value is not the tree
                dryRun(null, "analyze", "-o", big.toString(), small.toString()),
                // a session, as the IDE's: the JIT's defaults
                dryRun(null, "bench-incremental", "--edits", "3", big.toString()))) {
            assertFalse(line.contains(CLIENT_ONLY), line);
            assertTrue(line.contains("AOTCache") || line.contains("SharedArchiveFile"), line);
        }
    }

    @Test
    void javaOptsReplaceTheChoice() throws Exception {
        Path big = big();
        String line = dryRun("-Xmx300m -Dmarker=1", "analyze", big.toString());
        assertTrue(line.contains("-Xmx300m -Dmarker=1 -jar"), line);
        assertFalse(line.contains(CLIENT_ONLY), line);
    }
}
