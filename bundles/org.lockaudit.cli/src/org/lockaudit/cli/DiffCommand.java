package org.lockaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lockaudit.core.audit.LockSplitDiff;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.report.DiffReport;
import org.lockaudit.core.report.ReportPaths;
import org.lockaudit.core.report.SkippedUnit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lockaudit diff --lock L --before DIR --after DIR}: for every access L protected in the old tree, what
 * protects it in the new one. Each side is loaded on its own: its compile_commands.json and lockaudit.json are found
 * from its directory, or named per side ({@code --before-compile-commands}, {@code --after-config}, ...); every
 * other tree option ({@code -I}, {@code -D}, {@code --preset}, {@code --cache-dir}, {@code -j}, the limits, ...)
 * applies to both. Exit code 1 if anything is UNPROTECTED, 0 otherwise, 2 on a tool error (an unknown lock among
 * them).
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

    @Option(names = "--before-compile-commands", paramLabel = "FILE",
            description = "the old tree's compilation database (default: found from --before, or --compile-commands)")
    Path beforeCompileCommands;

    @Option(names = "--after-compile-commands", paramLabel = "FILE",
            description = "the new tree's compilation database (default: found from --after, or --compile-commands)")
    Path afterCompileCommands;

    @Option(names = "--before-config", paramLabel = "FILE",
            description = "the old tree's lockaudit.json (default: found from --before, or --config)")
    Path beforeConfig;

    @Option(names = "--after-config", paramLabel = "FILE",
            description = "the new tree's lockaudit.json (default: found from --after, or --config)")
    Path afterConfig;

    /** The tree options, for both sides. */
    @Mixin
    TreeSettings tree = new TreeSettings();

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default text)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!Output.FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--format: expected text, json or html, got " + format);
        }
        TreeSettings sb = tree.side(before, beforeCompileCommands, beforeConfig);
        TreeSettings sa = tree.side(after, afterCompileCommands, afterConfig);
        LoadedTree b = LoadedTree.load(sb, null);
        LoadedTree a = LoadedTree.load(sa, null);
        List<TranslationUnitFacts> both = new ArrayList<>(b.facts().units());
        both.addAll(a.facts().units());
        new KnownLocks(both).check(lock, "either tree");
        tree.phase("inferring guards");
        GuardAnalysis.Result gb = GuardAnalysis.run(b.facts().units(), b.options(), null, null);
        GuardAnalysis.Result ga = GuardAnalysis.run(a.facts().units(), a.options(), null, null);
        LockSplitDiff.Result diff = LockSplitDiff.compare(lock, gb, ga);
        DiffReport report = new DiffReport(diff, ReportPaths.workingDirectory());
        List<SkippedUnit> skipped = new ArrayList<>(sb.skipped());
        skipped.addAll(sa.skipped());
        tree.progress().reportPhase();
        Output.write(output, format, report::text, report::json, report::html, skipped, ReportPaths.workingDirectory());
        tree.progress().finish(skipped);
        return diff.anyUnprotected() ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }
}
