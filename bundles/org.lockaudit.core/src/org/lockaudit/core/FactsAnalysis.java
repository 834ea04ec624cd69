package org.lockaudit.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.cache.ContentHash;
import org.lockaudit.core.cache.EngineVersion;
import org.lockaudit.core.cache.FactsCache;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.extract.FactExtractor;
import org.lockaudit.core.extract.HeaderFunctionMemo;
import org.lockaudit.core.facts.DiagnosticKind;
import org.lockaudit.core.facts.FactsFactory;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.IncludedFile;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.frontend.Fidelity;
import org.lockaudit.core.frontend.MacroGuard;
import org.lockaudit.core.frontend.Prelude;
import org.lockaudit.core.frontend.SourceParser;

/**
 * Engine entry point for fact extraction: parses each translation unit (in parallel, on threads with a large
 * stack) and returns its facts in input order, taking unchanged units from the cache. Used by the command line,
 * the IDE and the tests alike. A unit that cannot be read or parsed yields a diagnostic, and the others go on.
 */
public final class FactsAnalysis {
    /** Stack of a parsing thread: CDT's recursive descent needs it for deeply nested code. */
    static final long PARSER_STACK_BYTES = 512L << 20;

    /**
     * How to run: {@code cacheDir} null = no cache; {@code jobs} ≤ 0 = one per core; units larger than
     * {@code maxFileBytes} are skipped with a diagnostic; {@code limits} null = the configuration's
     * ({@link TreeConfig#limits()}); {@code blankBodies}: serve header inline bodies the run already extracted
     * blank ({@link org.lockaudit.core.frontend.ElidedBodies}; the facts are the same, false only to compare).
     */
    public record Options(Path cacheDir, int jobs, long maxFileBytes, Limits limits, boolean blankBodies) {
        public static final long DEFAULT_MAX_FILE_BYTES = 4L << 20;

        public Options(Path cacheDir, int jobs, long maxFileBytes) {
            this(cacheDir, jobs, maxFileBytes, null);
        }

        public Options(Path cacheDir, int jobs, long maxFileBytes, Limits limits) {
            this(cacheDir, jobs, maxFileBytes, limits, true);
        }

        public static Options defaults() {
            return new Options(null, 0, DEFAULT_MAX_FILE_BYTES, null);
        }

        public Options withLimits(Limits l) {
            return new Options(cacheDir, jobs, maxFileBytes, l, blankBodies);
        }

        /** Every header parsed whole in every unit. */
        public Options withWholeHeaders() {
            return new Options(cacheDir, jobs, maxFileBytes, limits, false);
        }
    }

    /** How often the waiting thread looks at cancellation and unit budgets: bounds the reaction time. */
    static final long POLL_MILLIS = 20;

    /** How much text (the unit and the headers it reaches) the macro guard reads at most. */
    static final long MAX_GUARDED_CHARS = 16L << 20;

    private FactsAnalysis() {
    }

    public static FactsResult run(TreeConfig config, List<Path> files, IProgressMonitor monitor) {
        return run(config, files, Options.defaults(), monitor);
    }

    /** One unit in flight: its task, when it started, and the handle that stops its parse. */
    private static final class Unit {
        final Path file;
        final SourceParser.Cancellation cancellation = new SourceParser.Cancellation();
        volatile long startNanos;
        volatile boolean timedOut;
        Future<Outcome> future;

        Unit(Path file) {
            this.file = file;
        }
    }

    public static FactsResult run(TreeConfig config, List<Path> files, Options options, IProgressMonitor monitor) {
        return run(config, files, options, null, monitor);
    }

    /**
     * What one run's front end learns about the headers and keeps for its later units: the parser (header
     * contents, headers the macro guard passed, header bodies that may be served blank) and the header function
     * memo. {@link AnalysisSession} keeps one between updates, so that a unit re-extracted after an edit is served
     * the header bodies the opening run extracted blank and takes their facts from the memo, as a later unit of
     * one run does. Valid only while no header (no file a unit includes) changes, and for one configuration:
     * both assume a run's headers are fixed (the session starts a new one when an included file changed).
     * Thread-safe, as one run's parser and memo are.
     */
    public static final class Frontend {
        private final TreeConfig config;
        private final SourceParser parser;
        private final HeaderFunctionMemo memo = new HeaderFunctionMemo();

        public Frontend(TreeConfig config) {
            this.config = config;
            this.parser = new SourceParser(config);
        }
    }

    /**
     * As {@link #run(TreeConfig, List, Options, IProgressMonitor)}, with the parser and header memo of
     * {@code frontend} (null: the run's own), which the run extends for later runs; its stats count this run's
     * blank bodies and re-parses only.
     */
    public static FactsResult run(TreeConfig config, List<Path> files, Options options, Frontend frontend,
            IProgressMonitor monitor) {
        if (frontend != null && frontend.config != config) {
            throw new IllegalArgumentException("a front end serves the configuration it was made for");
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Extracting lock facts", files.size());
        Limits limits = options.limits() != null ? options.limits() : config.limits();
        SourceParser parser = frontend != null ? frontend.parser : new SourceParser(config);
        // header static inline functions: extracted by the first unit that meets them, copied into the others
        HeaderFunctionMemo memo = frontend != null ? frontend.memo : new HeaderFunctionMemo();
        int blankBefore = memo.blankHits(), reparsedBefore = memo.reparses();
        FactsCache cache = options.cacheDir() == null ? null : new FactsCache(options.cacheDir(), EngineVersion.get());
        if (cache != null) {
            cache.sweepTemporaries();
        }
        int jobs = options.jobs() > 0 ? options.jobs() : Runtime.getRuntime().availableProcessors();
        int threads = Math.max(1, Math.min(jobs, files.size()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), parserThreads());
        List<Unit> units = new ArrayList<>();
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        try {
            for (Path file : files) {
                Unit u = new Unit(file);
                u.future = pool.submit(() -> {
                    u.startNanos = System.nanoTime();
                    long c = threadCpuNanos();
                    try {
                        Outcome o = analyse(file, config, parser, memo, cache, options, limits, u.cancellation);
                        if (o.facts() != null && !o.failed()) {
                            // what linking asks of every unit, walked here beside the others' parsing
                            org.lockaudit.core.program.RecursiveLocks.declaredIn(o.facts());
                        }
                        return o;
                    } finally {
                        cpuNanos.addAndGet(threadCpuNanos() - c);
                    }
                });
                units.add(u);
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                sub.subTask(files.get(i).getFileName().toString());
                outcomes.add(await(units.get(i), units, pool, limits, sub));
                sub.worked(1);
            }
            return result(outcomes, memo.blankHits() - blankBefore, memo.reparses() - reparsedBefore,
                    cpuNanos.get() / 1_000_000);
        } finally {
            for (Unit u : units) {
                if (!u.future.isDone()) {
                    u.cancellation.cancel();
                }
            }
            pool.shutdownNow();
        }
    }

    private static Outcome await(Unit unit, List<Unit> all, ThreadPoolExecutor pool, Limits limits, SubMonitor sub) {
        while (true) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (unit.timedOut) {
                return timedOut(unit, limits);
            }
            try {
                return unit.future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                abandonOverBudget(all, pool, limits);
            } catch (CancellationException e) {
                return timedOut(unit, limits);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                return Outcome.failed(failed(unit.file, DiagnosticKind.INTERNAL, 1, "internal error: " + e.getCause()));
            }
        }
    }

    /**
     * Stops every running unit past the unit budget: cancels its parse (CDT stops at its next token), interrupts
     * its thread, and gives the pool one more thread in case that one never comes back.
     */
    private static void abandonOverBudget(List<Unit> all, ThreadPoolExecutor pool, Limits limits) {
        if (limits.unitTimeoutMillis() <= 0) {
            return;
        }
        long now = System.nanoTime();
        for (Unit u : all) {
            long start = u.startNanos;
            if (start != 0 && !u.timedOut && !u.future.isDone()
                    && (now - start) / 1_000_000 > limits.unitTimeoutMillis()) {
                u.timedOut = true;
                u.cancellation.cancel();
                u.future.cancel(true);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
        }
    }

    private static Outcome timedOut(Unit u, Limits limits) {
        return Outcome.failed(failed(u.file, DiagnosticKind.ANALYSIS_INCOMPLETE, 1, String.format(
                "unit budget exceeded: parsing and fact extraction took longer than %s (limit unitTimeout,"
                        + " --unit-timeout); unit abandoned",
                millis(limits.unitTimeoutMillis()))));
    }

    static String millis(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static ThreadFactory parserThreads() {
        AtomicInteger n = new AtomicInteger();
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        return r -> {
            Thread t = new Thread(group, r, "lockaudit-parser-" + n.incrementAndGet(), PARSER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }

    /** One unit's facts and how they were obtained. */
    private record Outcome(TranslationUnitFacts facts, boolean parsed, boolean cached, boolean failed,
            String cacheNote, long parseMillis, long extractMillis) {
        static Outcome failed(TranslationUnitFacts tu) {
            return new Outcome(tu, false, false, true, null, 0, 0);
        }
    }

    private static Outcome analyse(Path file, TreeConfig config, SourceParser parser, HeaderFunctionMemo memo, FactsCache cache,
            Options options, Limits limits, SourceParser.Cancellation cancellation) {
        Path abs = file.toAbsolutePath().normalize();
        String unit = abs.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(abs)) {
                return Outcome.failed(failed(abs, DiagnosticKind.UNREADABLE, 1, "is a directory"));
            }
            bytes = Files.readAllBytes(abs);
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(failed(abs, DiagnosticKind.UNREADABLE, 1, "cannot read: " + e.getMessage()));
        }
        String name = abs.getFileName().toString();
        if (!(name.endsWith(".c") || name.endsWith(".h") || name.endsWith(".i"))) {
            return Outcome.failed(failed(abs, DiagnosticKind.UNREADABLE, 1,
                    "not a C source file (expected .c, .h or .i); skipped"));
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            return Outcome.failed(failed(abs, DiagnosticKind.UNREADABLE, lineAt(bytes, nul),
                    "binary file (NUL byte); skipped"));
        }
        if (options.maxFileBytes() > 0 && bytes.length > options.maxFileBytes()) {
            return Outcome.failed(failed(abs, DiagnosticKind.LIMIT, 1, String.format(
                    "file too large (%.1f MB, limit %.1f MB: --max-file-size); skipped", bytes.length / 1e6,
                    options.maxFileBytes() / 1e6)));
        }
        String unitHash = ContentHash.of(bytes);
        String fingerprint = config.fingerprint(abs);
        String memoFingerprint = config.memoFingerprint(abs);
        String note = null;
        if (cache != null) {
            FactsCache.Lookup hit = cache.lookup(unit, fingerprint, unitHash);
            if (hit.status() == FactsCache.Status.HIT) {
                return new Outcome(hit.facts(), false, true, false, null, 0, 0);
            }
            note = hit.detail() == null ? null : hit.status() + ": " + hit.detail();
        }
        char[] text = new String(bytes, StandardCharsets.UTF_8).toCharArray();
        long t0 = System.nanoTime();
        // The guard reads the unit with the headers it reaches: a storm defined in a header is refused too.
        org.lockaudit.core.frontend.IncludeClosure.Text reachable = parser.reachableText(abs, text, MAX_GUARDED_CHARS);
        MacroGuard.Storm storm = MacroGuard.check(reachable, limits.maxMacroTokens(), parser::guardDigest);
        if (storm != null) {
            org.lockaudit.core.frontend.IncludeClosure.Segment where = reachable.at(storm.line());
            boolean inUnit = where == null || where.file().equals(abs.toString());
            int line = inUnit && where != null ? where.firstLine() : 1;
            return Outcome.failed(failed(abs, DiagnosticKind.ANALYSIS_INCOMPLETE, line, String.format(
                    "macro budget exceeded: %s expands to more than %,d tokens (limit maxMacroTokens)%s; unit skipped",
                    storm.macro(), storm.tokens(), inUnit ? "" : " at " + where.file() + ":" + where.firstLine())));
        }
        parser.guardPassed(reachable);
        SourceParser.Parsed parsed;
        TranslationUnitFacts tu;
        long t1;
        boolean blank = options.blankBodies();
        // bodies this unit's macros need whole (header → ranges), after a blank-body miss; how many parses so far
        Map<String, java.util.Set<Long>> whole = new java.util.HashMap<>();
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                parsed = parser.parseUnit(abs, text, cancellation, blank, whole);
            } catch (StackOverflowError e) {
                return Outcome.failed(failed(abs, DiagnosticKind.LIMIT, deepestLine(text),
                        "nesting too deep for the parser (stack overflow); unit skipped"));
            } catch (OutOfMemoryError e) {
                return Outcome.failed(failed(abs, DiagnosticKind.LIMIT, 1, "out of memory while parsing; unit skipped"));
            } catch (Throwable e) {
                if (e instanceof ThreadDeath) {
                    throw (Error) e;
                }
                if (cancellation.isCancelled()) {
                    return Outcome.failed(failed(abs, DiagnosticKind.ANALYSIS_INCOMPLETE, 1, "parse cancelled"));
                }
                return Outcome.failed(failed(abs, DiagnosticKind.INTERNAL, 1, "parser failure: " + e));
            }
            if (cancellation.isCancelled()) {
                return Outcome.failed(failed(abs, DiagnosticKind.ANALYSIS_INCOMPLETE, 1, "parse cancelled"));
            }
            t1 = System.nanoTime();
            try {
                FactExtractor extractor = new FactExtractor(config.lockApi());
                tu = extractor.extract(abs, parsed.ast(), memo, memoFingerprint,
                        // a unit parsed again registers its bodies too: the next unit with its macros hits
                        options.blankBodies() ? bodies(parser.elidedBodies(abs), parsed) : org.lockaudit.core.extract.HeaderBodies.NONE);
                Fidelity.record(parsed.ast(), tu, extractor.syntaxProblems());
                break;
            } catch (org.lockaudit.core.extract.HeaderFunctionMemo.BlankBodyMiss miss) {
                // this unit's macros differ where these blank bodies lie: parse it again with them whole, the other
                // bodies still blank (the same macros take the same entries: blank bodies hold no directive). Bodies
                // registered by other units meanwhile may miss too: after a few tries, every header whole.
                if (attempts == 1) {
                    memo.reparsed();
                }
                for (org.lockaudit.core.extract.HeaderFunctionMemo.Body b : miss.bodies()) {
                    whole.computeIfAbsent(b.file(), k -> new java.util.HashSet<>())
                            .add(org.lockaudit.core.frontend.ElidedBodies.range(b.offset(), b.length()));
                }
                if (attempts >= 3) {
                    blank = false;
                }
            } catch (StackOverflowError e) {
                return Outcome.failed(failed(abs, DiagnosticKind.LIMIT, deepestLine(text),
                        "nesting too deep for fact extraction (stack overflow); unit skipped"));
            } catch (OutOfMemoryError e) {
                return Outcome.failed(failed(abs, DiagnosticKind.LIMIT, 1,
                        "out of memory while extracting facts; unit skipped"));
            } catch (Throwable e) {
                if (e instanceof ThreadDeath) {
                    throw (Error) e;
                }
                return Outcome.failed(failed(abs, DiagnosticKind.INTERNAL, 1, "extraction failure: " + e));
            }
        }
        long t2 = System.nanoTime();
        checkLockApiArity(config, parsed.ast(), tu);
        tu.getIncludes().clear();
        for (Map.Entry<String, String> inc : parsed.included().entrySet()) {
            if (Prelude.PATH.equals(inc.getKey())) {
                continue;
            }
            IncludedFile f = FactsFactory.eINSTANCE.createIncludedFile();
            f.setPath(inc.getKey());
            f.setContentHash(inc.getValue());
            tu.getIncludes().add(f);
        }
        if (cache != null && !cancellation.isCancelled()) {
            // A cancelled or abandoned unit's facts may be partial: never cached.
            tu.setCacheKey(cache.key(unit, fingerprint, unitHash, tu.getIncludes()));
            cache.store(unit, fingerprint, tu);
        }
        return new Outcome(tu, true, false, false, note, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    /**
     * A {@code "lockApi"} entry of the configuration that takes its lock from argument {@code arg}, for a function or
     * function-like macro declared in this unit with fewer parameters: a {@code config} diagnostic at the
     * declaration (the command line turns it into a configuration error, exit code 2).
     */
    static void checkLockApiArity(TreeConfig config, org.eclipse.cdt.core.dom.ast.IASTTranslationUnit ast,
            TranslationUnitFacts tu) {
        Map<String, Integer> args = new java.util.TreeMap<>();
        for (com.google.gson.JsonObject e : config.lockApiAdditions()) {
            try {
                if (!e.has("arg") || e.has("lock")) {
                    continue;
                }
                int arg = e.get("arg").getAsInt();
                if (e.has("name")) {
                    args.put(e.get("name").getAsString(), arg);
                }
                if (e.has("names")) {
                    e.getAsJsonArray("names").forEach(n -> args.put(n.getAsString(), arg));
                }
            } catch (RuntimeException x) {
                // validated when the configuration was read
            }
        }
        if (args.isEmpty()) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition m : ast.getMacroDefinitions()) {
            String name = m.getName().toString();
            if (m instanceof org.eclipse.cdt.core.dom.ast.IASTPreprocessorFunctionStyleMacroDefinition f
                    && args.containsKey(name) && m.getFileLocation() != null) {
                int n = f.getParameters().length;
                boolean variadic = n > 0 && f.getParameters()[n - 1].getParameter().endsWith("...");
                if (!variadic && args.get(name) >= n && seen.add(name)) {
                    tu.getDiagnostics().add(Fidelity.diagnostic(DiagnosticKind.CONFIG, m.getFileLocation().getFileName(),
                            m.getFileLocation().getStartingLineNumber(), arityMessage(name, args.get(name), n, "macro")));
                }
            }
        }
        ast.accept(new org.eclipse.cdt.core.dom.ast.ASTVisitor(true) {
            @Override
            public int visit(org.eclipse.cdt.core.dom.ast.IASTDeclarator d) {
                if (d instanceof org.eclipse.cdt.core.dom.ast.IASTStandardFunctionDeclarator f && d.getFileLocation() != null) {
                    String name = d.getName().toString();
                    int n = f.getParameters().length;
                    if (n == 1 && Fidelity.rawSignature(f.getParameters()[0].getDeclSpecifier()).equals("void")
                            && f.getParameters()[0].getDeclarator().getName().toString().isEmpty()) {
                        n = 0;
                    }
                    if (args.containsKey(name) && !f.takesVarArgs() && args.get(name) >= n && seen.add(name)) {
                        tu.getDiagnostics().add(Fidelity.diagnostic(DiagnosticKind.CONFIG,
                                d.getFileLocation().getFileName(), d.getFileLocation().getStartingLineNumber(),
                                arityMessage(name, args.get(name), n, "function")));
                    }
                }
                return PROCESS_CONTINUE;
            }
        });
    }

    private static String arityMessage(String name, int arg, int params, String what) {
        return String.format("lock API entry \"%s\" (lockaudit.json) takes the lock from argument %d (from 0), but %s"
                + " %s has %d parameter%s", name, arg, what, name, params, params == 1 ? "" : "s");
    }

    /** CPU time of the current thread, or 0 where the JVM does not measure it. */
    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? Math.max(0, b.getCurrentThreadCpuTime()) : 0;
    }

    private static FactsResult result(List<Outcome> outcomes, int blankHits, int reparses, long cpuMillis) {
        List<TranslationUnitFacts> units = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int functions = 0, problems = 0, unresolved = 0, pp = 0, fallback = 0, parsed = 0, cached = 0,
                discarded = 0, failedUnits = 0;
        long parseMs = 0, extractMs = 0;
        for (Outcome o : outcomes) {
            TranslationUnitFacts tu = o.facts();
            units.add(tu);
            for (Function f : tu.getFunctions()) {
                functions++;
                if (f.isProblem()) {
                    problems++;
                }
            }
            unresolved += tu.getUnresolvedIncludes();
            pp += tu.getPreprocessorErrors();
            fallback += tu.getFallbackBindings();
            parsed += o.parsed() ? 1 : 0;
            cached += o.cached() ? 1 : 0;
            failedUnits += o.failed() ? 1 : 0;
            if (o.failed()) {
                skipped.add(tu.getPath());
            }
            if (o.cacheNote() != null) {
                notes.add(o.cacheNote());
                if (!o.cacheNote().startsWith("MISS")) {
                    discarded++;
                }
            }
            parseMs += o.parseMillis();
            extractMs += o.extractMillis();
        }
        FactsStats stats = new FactsStats(units.size(), functions, functions - problems, problems, unresolved, pp,
                fallback, parsed, cached, discarded, failedUnits, parseMs, extractMs, blankHits, reparses,
                cpuMillis);
        return new FactsResult(units, stats, notes, skipped);
    }

    /** The extraction's view of the bodies {@code parsed} was served blank, registering new ones with the run's parser. */
    private static org.lockaudit.core.extract.HeaderBodies bodies(org.lockaudit.core.frontend.ElidedBodies elided,
            SourceParser.Parsed parsed) {
        return new org.lockaudit.core.extract.HeaderBodies() {
            @Override
            public boolean blanked(String file, int offset, int length) {
                java.util.Set<Long> r = parsed.elided().get(file);
                return r != null && r.contains(org.lockaudit.core.frontend.ElidedBodies.range(offset, length));
            }

            @Override
            public void blankable(String file, int offset, int length) {
                elided.add(file, offset, length);
            }
        };
    }

    private static TranslationUnitFacts failed(Path file, DiagnosticKind kind, int line, String message) {
        TranslationUnitFacts tu = FactsFactory.eINSTANCE.createTranslationUnitFacts();
        tu.setPath(file.toAbsolutePath().normalize().toString());
        tu.getDiagnostics().add(Fidelity.diagnostic(kind, tu.getPath(), line, message));
        return tu;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The line where bracket nesting is deepest: where a stack overflow most likely came from. */
    static int deepestLine(char[] text) {
        int depth = 0, max = -1, maxLine = 1, line = 1;
        for (char c : text) {
            if (c == '\n') {
                line++;
            } else if (c == '{' || c == '(' || c == '[') {
                if (++depth > max) {
                    max = depth;
                    maxLine = line;
                }
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return maxLine;
    }
}
