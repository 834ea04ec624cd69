package org.lockaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.ConfigException;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.config.TreeLoader;
import org.lockaudit.core.config.UnitFlags;

import picocli.CommandLine.Option;

/**
 * The options every command shares to say how to parse and analyse a tree, without the tree itself:
 * {@link TreeOptions} adds the paths to analyse; {@code diff} applies these to both its sides. Configuration errors
 * surface as {@link ConfigException}, which {@link Main} reports as {@code file:line:column: message} with exit code 2.
 */
public class TreeSettings implements Cloneable {
    /** The C files or directories to analyse (set by {@link TreeOptions}'s parameters or by {@code diff}). */
    List<Path> paths = new ArrayList<>();

    /**
     * These settings for one side of {@code diff}: its directory, and its own compilation database and
     * configuration when given (else the shared ones, else found from the directory); one progress line for both.
     */
    TreeSettings side(Path dir, Path sideCompileCommands, Path sideConfig) {
        progress();
        TreeSettings t;
        try {
            t = (TreeSettings) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
        t.paths = new ArrayList<>(List.of(dir));
        if (sideCompileCommands != null) {
            t.compileCommands = sideCompileCommands;
        }
        if (sideConfig != null) {
            t.config = sideConfig;
        }
        t.skipped = List.of();
        t.loaded = null;
        return t;
    }

    @Option(names = "-I", paramLabel = "DIR", description = "include directory, searched first (also -IDIR)")
    List<Path> includes = new ArrayList<>();

    @Option(names = "-iquote", paramLabel = "DIR", description = "include directory for #include \"...\" only")
    List<Path> quoteIncludes = new ArrayList<>();

    @Option(names = "-isystem", paramLabel = "DIR", description = "system include directory")
    List<Path> systemIncludes = new ArrayList<>();

    @Option(names = "-D", paramLabel = "NAME[=VALUE]", description = "define a macro (also -DNAME=VALUE)")
    List<String> defines = new ArrayList<>();

    @Option(names = "-U", paramLabel = "NAME", description = "undefine a macro")
    List<String> undefines = new ArrayList<>();

    @Option(names = "-include", paramLabel = "FILE", description = "include FILE before each unit")
    List<Path> forcedIncludes = new ArrayList<>();

    @Option(names = "-std", paramLabel = "STD", description = "language standard, as -std=gnu11")
    String std;

    @Option(names = "--compile-commands", paramLabel = "FILE",
            description = "compilation database (default: compile_commands.json in the first PATH or a parent)")
    Path compileCommands;

    @Option(names = "--no-compile-commands", description = "ignore any compile_commands.json")
    boolean noCompileCommands;

    @Option(names = "--config", paramLabel = "FILE",
            description = "configuration (default: lockaudit.json in the first PATH or a parent)")
    Path config;

    @Option(names = "--preset", split = ",", paramLabel = "NAME",
            description = "lock API and override presets: xen, linux, posix (replaces the configuration's)")
    List<String> presets;

    @Option(names = "--compiler", paramLabel = "CC",
            description = "compiler whose built-in macros and system include directories to use (default: the database's, else gcc)")
    String compiler;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "facts cache (default: .lockaudit-cache/ at the tree root)")
    Path cacheDir;

    @Option(names = "--no-cache", description = "neither read nor write the facts cache")
    boolean noCache;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "parsing threads, and with two or more the guard inference beside the checks "
            + "(default: one per core)")
    int jobs;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "4M",
            description = "skip units larger than this (bytes, or with k/M suffix; default 4M)")
    String maxFileSize;

    @Option(names = "--unit-timeout", paramLabel = "DURATION",
            description = "abandon a unit whose parsing and fact extraction take longer (default 30s; 0 = none)")
    String unitTimeout;

    @Option(names = "--function-timeout", paramLabel = "DURATION",
            description = "stop the dataflow of a function that takes longer (default 5s; 0 = none)")
    String functionTimeout;

    @Option(names = "--max-cfg-nodes", paramLabel = "N",
            description = "do not analyse a function with a larger control-flow graph (default 20000; 0 = none)")
    String maxCfgNodes;

    @Option(names = "--max-macro-tokens", paramLabel = "N",
            description = "skip a unit with a macro invocation expanding to more tokens (default 2M; 0 = none)")
    String maxMacroTokens;

    @Option(names = "--max-summary-rounds", paramLabel = "N",
            description = "rounds of the summary fixpoint per recursive component (default 6)")
    String maxSummaryRounds;

    @Option(names = {"-v", "--verbose"},
            description = "on stderr: the time of each phase, the skipped units, cache misses and discarded entries")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "no progress line on stderr (there is none when stderr is not a terminal)")
    boolean quiet;

    private Progress progress;

    /** The run's progress line and -v report (one per command run). */
    Progress progress() {
        if (progress == null) {
            progress = new Progress(quiet, verbose);
        }
        return progress;
    }

    /** Starts a phase of the progress line. */
    void phase(String name) {
        progress().phase(name);
    }

    private java.util.List<org.lockaudit.core.report.SkippedUnit> skipped = List.of();

    /** The units the last {@link #facts} call could not analyse. */
    java.util.List<org.lockaudit.core.report.SkippedUnit> skipped() {
        return skipped;
    }

    /** Ends the progress line; with -v, the phase times and skipped units. */
    void finish() {
        progress().finish(skipped);
    }

    /** The configuration and the units to analyse. */
    public TreeLoader.Tree load() throws ConfigException {
        UnitFlags.Builder f = new UnitFlags.Builder();
        includes.forEach(p -> f.includePath(p.toAbsolutePath().normalize()));
        quoteIncludes.forEach(p -> f.quoteIncludePath(p.toAbsolutePath().normalize()));
        systemIncludes.forEach(p -> f.systemIncludePath(p.toAbsolutePath().normalize()));
        defines.forEach(f::define);
        undefines.forEach(f::undefine);
        forcedIncludes.forEach(p -> f.forcedInclude(p.toAbsolutePath().normalize()));
        if (std != null) {
            f.std(std.startsWith("=") ? std.substring(1) : std);
        }
        TreeLoader.Tree tree = TreeLoader.load(new TreeLoader.Request(paths, f.build(), compileCommands,
                noCompileCommands, config, presets, compiler, cacheDir, noCache));
        if (tree.units().isEmpty()) {
            throw new ConfigException(null, 0, 0, "no input: no C translation unit under " + paths);
        }
        return tree;
    }

    private Limits limits = Limits.DEFAULT;

    /** Cache directory, jobs, size limit and budgets for {@link FactsAnalysis#run}. */
    public FactsAnalysis.Options analysisOptions(TreeLoader.Tree tree) throws ConfigException {
        limits = limits(tree.config().limits());
        return new FactsAnalysis.Options(tree.cacheDir(), jobs, parseSize(maxFileSize), limits);
    }

    /** The threads the analysis may use: {@code --jobs}, or one per core. */
    public int threads() {
        return jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
    }

    /** The budgets: {@code lockaudit.json}'s {@code "limits"}, then these options (after {@link #analysisOptions}). */
    public Limits limits() {
        return limits;
    }

    Limits limits(Limits base) throws ConfigException {
        Limits l = base;
        String[][] given = {{"--unit-timeout", "unitTimeout", unitTimeout},
                {"--function-timeout", "functionTimeout", functionTimeout}, {"--max-cfg-nodes", "maxCfgNodes", maxCfgNodes},
                {"--max-macro-tokens", "maxMacroTokens", maxMacroTokens},
                {"--max-summary-rounds", "maxSummaryRounds", maxSummaryRounds}};
        for (String[] g : given) {
            if (g[2] != null) {
                try {
                    l = l.with(g[1], g[2]);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(null, 0, 0, g[0] + ": " + e.getMessage());
                }
            }
        }
        return l;
    }

    /** Loads the tree and extracts the facts of its units (monitor null: cancelled by Ctrl-C). */
    public FactsResult facts(IProgressMonitor monitor) throws ConfigException {
        return facts(load(), monitor);
    }

    /** The last tree {@link #facts(IProgressMonitor)} loaded (its configuration), or null. */
    public TreeLoader.Tree loaded() {
        return loaded;
    }

    private TreeLoader.Tree loaded;

    FactsResult facts(TreeLoader.Tree tree, IProgressMonitor monitor) throws ConfigException {
        loaded = tree;
        phase("parsing");
        progress().units(tree.units().size());
        FactsResult r = FactsAnalysis.run(tree.config(), tree.units(), analysisOptions(tree),
                progress().monitor(monitor != null ? monitor : CancelOnShutdown.monitor()));
        skipped = org.lockaudit.core.report.SkippedUnit.of(r);
        CacheNotice.announce(tree.cacheDir());
        for (org.lockaudit.core.facts.Diagnostic d : r.diagnostics()) {
            if (d.getKind() == org.lockaudit.core.facts.DiagnosticKind.CONFIG) {
                // The configuration contradicts the code (a lock API entry's argument the function does not have).
                throw new ConfigException(d.getFile() == null ? null : Path.of(d.getFile()), d.getLine(), 0,
                        d.getMessage());
            }
        }
        if (verbose) {
            r.notes().forEach(n -> System.err.println("lockaudit: cache " + n));
        }
        if (!skipped.isEmpty() && skipped.size() == tree.units().size()) {
            finish();
            org.lockaudit.core.report.SkippedUnit first = skipped.get(0);
            throw new ConfigException(null, 0, 0, "nothing analysed: " + (skipped.size() == 1 ? "the only unit was"
                    : "all " + skipped.size() + " units were") + " skipped (" + first.file() + ": " + first.reason()
                    + (skipped.size() > 1 ? "; -v lists every one" : "") + ")");
        }
        return r;
    }

    static long parseSize(String s) throws ConfigException {
        String t = s.strip().toLowerCase();
        long mult = 1;
        if (t.endsWith("k")) {
            mult = 1L << 10;
        } else if (t.endsWith("m")) {
            mult = 1L << 20;
        } else if (t.endsWith("g")) {
            mult = 1L << 30;
        }
        try {
            return Long.parseLong(mult == 1 ? t : t.substring(0, t.length() - 1)) * mult;
        } catch (NumberFormatException e) {
            throw new ConfigException(null, 0, 0, "--max-file-size: not a size: " + s);
        }
    }
}
