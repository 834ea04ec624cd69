package org.lockaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lockaudit.core.audit.LockSplitDiff;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.report.DiffReport;
import org.lockaudit.core.report.ReportPaths;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lockaudit diff --lock L --before DIR --after DIR}: for every access L protected in the old tree, what
 * protects it in the new one. Each side is loaded on its own (its compile_commands.json and lockaudit.json are
 * found from its directory); -I/-D/--preset/--no-cache apply to both. Exit code 1 if anything is UNPROTECTED,
 * 0 otherwise, 2 on a tool error.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lock-split diff: what a lock protected before, and what protects it after.")
public final class DiffCommand implements Callable<Integer> {
    @Option(names = "--lock", required = true, paramLabel = "LOCK", description = "the lock, by name or wrapper")
    String lock;

    @Option(names = "--before", required = true, paramLabel = "DIR", description = "the old tree")
    Path before;

    @Option(names = "--after", required = true, paramLabel = "DIR", description = "the new tree")
    Path after;

    @Option(names = "-I", paramLabel = "DIR", description = "include directory for both sides")
    List<Path> includes = new ArrayList<>();

    @Option(names = "-D", paramLabel = "NAME[=VALUE]", description = "macro for both sides")
    List<String> defines = new ArrayList<>();

    @Option(names = "--preset", split = ",", paramLabel = "NAME", description = "lock API presets for both sides")
    List<String> presets;

    @Option(names = "--no-cache", description = "neither read nor write the facts cache")
    boolean noCache;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default text)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    Path output;

    private TreeOptions side(Path dir) {
        TreeOptions t = new TreeOptions();
        t.paths = new ArrayList<>(List.of(dir));
        t.includes = includes;
        t.defines = defines;
        t.presets = presets;
        t.noCache = noCache;
        t.maxFileSize = "4M";
        return t;
    }

    @Override
    public Integer call() throws Exception {
        if (!Output.FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--format: expected text, json or html, got " + format);
        }
        LoadedTree b = LoadedTree.load(side(before), null);
        LoadedTree a = LoadedTree.load(side(after), null);
        GuardAnalysis.Result gb = GuardAnalysis.run(b.facts().units(), b.options(), null, null);
        GuardAnalysis.Result ga = GuardAnalysis.run(a.facts().units(), a.options(), null, null);
        LockSplitDiff.Result diff = LockSplitDiff.compare(lock, gb, ga);
        DiffReport report = new DiffReport(diff, ReportPaths.workingDirectory());
        Output.write(output, format, report::text, report::json, report::html);
        return diff.anyUnprotected() ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }
}
