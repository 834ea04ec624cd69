package org.lockaudit.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.Timings;
import org.lockaudit.core.check.Baseline;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.report.ReportPaths;
import org.lockaudit.core.report.ReportWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lockaudit analyze [options] PATH...}: lock-discipline findings with their evidence paths. Exit code 0
 * when nothing (new) is found, 1 with findings, 2 on a tool error.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Check lock discipline: held locks on every path, across functions.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    TreeOptions tree = new TreeOptions();

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif or html (default text)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    Path output;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "report only findings not recorded in FILE; if FILE does not exist, record every finding in it")
    Path baseline;

    @Option(names = "--update-baseline", description = "with --baseline: rewrite FILE with the current findings")
    boolean updateBaseline;

    @Option(names = {"--timings", "--stats"},
            description = "print wall time per phase and memory as one JSON line on stderr")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        ReportWriter writer = ReportWriter.forFormat(format, ReportPaths.workingDirectory());
        if (writer == null) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--format: expected text, json, sarif or html, got " + format);
        }
        Timings phases = new Timings();
        FactsResult facts;
        try (var t = phases.phase("facts")) {
            facts = tree.facts(null);
        }
        tree.phase("analysing");
        // the tree's configuration: its declared guards and "inference" settings
        AnalysisResult result = Analysis.run(facts.units(), org.lockaudit.core.inference.GuardOptions.of(tree.loaded().config()), phases,
                tree.limits(), tree.threads(), CancelOnShutdown.monitor());
        // lockaudit.json "suppressions", applied like suppression comments; unused entries reported
        org.lockaudit.core.config.ConfigSuppressions configured = org.lockaudit.core.config.ConfigSuppressions
                .of(tree.loaded().config());
        org.lockaudit.core.config.ConfigSuppressions.Applied applied = configured.apply(result);
        result = applied.result();
        for (org.lockaudit.core.config.ConfigSuppressions.Entry e : applied.unused()) {
            System.err.println("lockaudit: " + configured.file() + ": " + e.describe() + " matches no finding; remove it");
        }
        List<Finding> reported = result.findings();
        if (baseline != null) {
            if (!Files.exists(baseline) || updateBaseline) {
                Baseline.write(baseline, result.findings());
                if (updateBaseline) {
                    reported = List.of();
                }
            } else {
                reported = readBaseline().newFindings(result.findings());
            }
            result = new AnalysisResult(reported, result.suppressed(), result.summaries(), result.entryContexts(),
                    result.diagnostics(), result.guards());
        }
        tree.progress().reportPhase();
        try (var t = phases.phase("report");
                Writer out = output != null ? Output.open(output)
                        : new NonClosingWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            writer.skipped(tree.skipped()).write(result, out);
        }
        tree.finish();
        if (timings) {
            System.err.println(PhaseTimings.json(phases, facts.stats(), result));
        }
        return reported.isEmpty() ? Main.EXIT_OK : Main.EXIT_FINDINGS;
    }

    private Baseline readBaseline() throws org.lockaudit.core.config.ConfigException {
        try {
            return Baseline.read(baseline);
        } catch (java.io.IOException | RuntimeException e) {
            throw new org.lockaudit.core.config.ConfigException(baseline, 0, 0, "not a LockAudit baseline ("
                    + (e instanceof java.io.IOException io ? ErrorMessages.of(io) : ErrorMessages.clean(e.getMessage()))
                    + "); give another --baseline, or delete it to record the current findings");
        }
    }

    /** Flushes but never closes stdout. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer w) {
            super(w);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
