package org.lockaudit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.report.GuardsReport;
import org.lockaudit.core.report.ReportPaths;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lockaudit guards [--struct S] PATH...}: the guard of every field and global, declared or inferred, with
 * support, writes, exempt accesses and counter-examples. Exit code 0, 1 with an unguarded-access or
 * declared-guard-violation finding (as {@code analyze}), 2 on a tool error.
 */
@Command(name = "guards", mixinStandardHelpOptions = true,
        description = "Which lock protects each field and global: declared or inferred, with the evidence.")
public final class GuardsCommand implements Callable<Integer> {
    @Mixin
    TreeOptions tree = new TreeOptions();

    @Option(names = "--struct", paramLabel = "NAME", description = "only the fields of struct NAME")
    String struct;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default text)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    Path output;

    @Option(names = "--min-support", paramLabel = "FRACTION",
            description = "support an inferred guard needs to be strong and yield unguarded-access findings (default 2/3; own-object locks a sixth less)")
    Double minSupport;

    @Override
    public Integer call() throws Exception {
        if (!Output.FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--format: expected text, json or html, got " + format);
        }
        LoadedTree t = LoadedTree.load(tree, minSupport);
        tree.phase("inferring guards");
        GuardAnalysis.Result result = GuardAnalysis.run(t.facts().units(), t.options(), null, null);
        GuardsReport report = new GuardsReport(result, struct, ReportPaths.workingDirectory());
        tree.progress().reportPhase();
        Output.write(output, format, report::text, report::json, report::html, tree.skipped(),
                ReportPaths.workingDirectory());
        tree.finish();
        return report.findings().isEmpty() ? Main.EXIT_OK : Main.EXIT_FINDINGS;
    }
}
