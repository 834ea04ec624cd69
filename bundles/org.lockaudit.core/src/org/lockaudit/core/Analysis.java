package org.lockaudit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.check.Checker;
import org.lockaudit.core.check.DoubleAcquireChecker;
import org.lockaudit.core.check.ExcludesChecker;
import org.lockaudit.core.check.DeclaredOrderChecker;
import org.lockaudit.core.check.NoAnalysisFunctions;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingKind;
import org.lockaudit.core.concurrency.ConcurrencyModel;
import org.lockaudit.core.concurrency.RaceDetector;
import org.lockaudit.core.concurrency.ThreadExitChecker;
import org.lockaudit.core.lockapi.LockApi;
import org.lockaudit.core.check.FindingCollector;
import org.lockaudit.core.check.FindingSink;
import org.lockaudit.core.check.Fingerprints;
import org.lockaudit.core.check.InconsistentReturnChecker;
import org.lockaudit.core.check.IrqMismatchChecker;
import org.lockaudit.core.check.LockOrderChecker;
import org.lockaudit.core.check.PreconditionChecker;
import org.lockaudit.core.check.ReleaseUnheldChecker;
import org.lockaudit.core.check.SourceLines;
import org.lockaudit.core.check.Suppressions;
import org.lockaudit.core.check.WriteUnderReadLockChecker;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.dataflow.FlowBudget;
import org.lockaudit.core.dataflow.LockSetListener;
import org.lockaudit.core.facts.DiagnosticKind;
import org.lockaudit.core.frontend.Fidelity;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.ContextualAnalysis;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.inference.GuardFindings;
import org.lockaudit.core.inference.GuardOptions;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.summary.RequirementInheritance;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.Program;
import org.lockaudit.core.summary.EntryContexts;
import org.lockaudit.core.summary.FunctionSummary;
import org.lockaudit.core.summary.SummaryCallEffects;
import org.lockaudit.core.summary.RequirementInheritance;
import org.lockaudit.core.summary.SummaryComputer;

/**
 * Engine entry point for the lock-discipline analysis, called by the command line and the IDE alike: links the
 * facts into a program, summarises every function bottom-up, analyses each one top-down in its entry context with
 * every checker listening, then fingerprints the findings and applies suppression comments (read from the sources
 * named in the facts).
 */
public final class Analysis {
    private Analysis() {
    }

    public static AnalysisResult run(FactsResult facts, IProgressMonitor monitor) {
        return run(facts.units(), monitor);
    }

    public static AnalysisResult run(List<TranslationUnitFacts> units, IProgressMonitor monitor) {
        return run(units, GuardOptions.defaults(), null, monitor);
    }

    /** As {@link #run(List, IProgressMonitor)}, with Engine III's guard options (declared guards, thresholds). */
    public static AnalysisResult run(List<TranslationUnitFacts> units, GuardOptions guardOptions,
            IProgressMonitor monitor) {
        return run(units, guardOptions, null, monitor);
    }

    /** As {@link #run(List, IProgressMonitor)}, recording each phase's wall time in {@code timings} (may be null). */
    public static AnalysisResult run(List<TranslationUnitFacts> units, Timings timings, IProgressMonitor monitor) {
        return run(units, GuardOptions.defaults(), timings, monitor);
    }

    /** The whole analysis; {@code timings} (may be null) gets each phase's wall time. */
    public static AnalysisResult run(List<TranslationUnitFacts> units, GuardOptions guardOptions, Timings timings,
            IProgressMonitor monitor) {
        return run(units, guardOptions, timings, Limits.DEFAULT, monitor);
    }

    public static AnalysisResult run(FactsResult facts, Limits limits, IProgressMonitor monitor) {
        return run(facts.units(), GuardOptions.defaults(), null, limits, monitor);
    }

    public static AnalysisResult run(List<TranslationUnitFacts> units, Limits limits, IProgressMonitor monitor) {
        return run(units, GuardOptions.defaults(), null, limits, monitor);
    }

    /**
     * The whole analysis within {@code limits}: a function over a budget is reported as an
     * {@code analysis-incomplete} diagnostic (which budget, how much) and the others go on; cancelling
     * {@code monitor} stops the run with {@link org.eclipse.core.runtime.OperationCanceledException} within a few
     * milliseconds (docs/robustness.md).
     */
    public static AnalysisResult run(List<TranslationUnitFacts> units, GuardOptions guardOptions, Timings timings,
            Limits limits, IProgressMonitor monitor) {
        return run(units, guardOptions, timings, limits, Runtime.getRuntime().availableProcessors(), monitor);
    }

    /**
     * As {@link #run(List, GuardOptions, Timings, Limits, IProgressMonitor)} on at most {@code threads} threads: with
     * two or more, the guard inference runs on a second thread beside the checks (the same result: see below).
     */
    public static AnalysisResult run(List<TranslationUnitFacts> units, GuardOptions guardOptions, Timings timings,
            Limits limits, int threads, IProgressMonitor monitor) {
        FlowBudget budget = new FlowBudget(limits, monitor);
        SubMonitor sub = SubMonitor.convert(monitor, "Analysing lock discipline", 12);
        Program program;
        CallGraph callGraph;
        try (var t = Timings.phase(timings, "program")) {
            program = new Program(units);
            callGraph = new CallGraph(program);
        }
        SummaryComputer computer = new SummaryComputer(callGraph, budget);
        Map<FunctionId, FunctionSummary> summaries;
        try (var t = Timings.phase(timings, "summaries")) {
            summaries = computer.compute(sub.split(4), threads);
        }

        FindingCollector collector = new FindingCollector();
        List<Checker> checkers = checkers(collector, program, callGraph);
        SummaryCallEffects effects = new SummaryCallEffects(callGraph, summaries, computer.declared());
        SubMonitor checksMonitor = sub.split(5);
        // The checks and the guard inference only read the program, the call graph and the summaries (what they
        // compute on first use is thread-safe: per-function tables behind synchronized maps, the call graph's
        // tables made below). Given a second thread, the inference runs on it meanwhile, reporting to its
        // own collector, whose findings follow the checks' (the order of a sequential run: the collector keeps the
        // first of duplicates).
        Inference second = threads > 1
                ? Inference.start(program, callGraph, summaries, effects, units, guardOptions, threads, timings,
                        monitor)
                : null;
        EntryContexts.Result contexts;
        try (var t = Timings.phase(timings, "checks")) {
            contexts = EntryContexts.compute(callGraph, effects, LockSetListener.all(checkers), checksMonitor, budget);
            checkers.forEach(Checker::finish);
        } catch (RuntimeException | Error e) {
            if (second != null) {
                second.cancel();
            }
            throw e;
        }
        budget.checkCanceled();
        GuardAnalysis.Result guards;
        if (second != null) {
            try (var t = Timings.phase(timings, "inferenceWait")) {
                guards = second.join();
            }
            sub.worked(2);
            collector.addAll(second.collector);
        } else {
            try (var t = Timings.phase(timings, "inference")) {
                guards = inference(program, callGraph, summaries, effects, units, guardOptions, collector,
                        sub.split(2));
            }
        }
        budget.checkCanceled();
        AnalysisResult result;
        try (var t = Timings.phase(timings, "findings")) {
            result = result(units, collector, summaries, contexts.contexts(), new SourceLines(), guards);
        }
        result = withIncomplete(result, program, budget);
        sub.worked(1);
        return result;
    }

    /**
     * The guard inference on a thread of its own, beside the checks: its findings go to {@link #collector}, its
     * progress is not reported (progress monitors are not thread-safe: the caller reports the work when it is done)
     * and it stops when the run's monitor is cancelled or {@link #cancel} is called.
     */
    private static final class Inference {
        final FindingCollector collector = new FindingCollector();
        private final java.util.concurrent.CompletableFuture<GuardAnalysis.Result> result =
                new java.util.concurrent.CompletableFuture<>();
        private final org.eclipse.core.runtime.NullProgressMonitor monitor;

        private Inference(IProgressMonitor run) {
            this.monitor = new org.eclipse.core.runtime.NullProgressMonitor() {
                @Override
                public boolean isCanceled() {
                    return super.isCanceled() || run != null && run.isCanceled();
                }
            };
        }

        static Inference start(Program program, CallGraph callGraph, Map<FunctionId, FunctionSummary> summaries,
                SummaryCallEffects effects, List<TranslationUnitFacts> units, GuardOptions guardOptions,
                int threads, Timings timings, IProgressMonitor run) {
            // made here, before two threads read them: the call graph's lazily built tables
            callGraph.componentIndex();
            callGraph.noReturns();
            Inference inference = new Inference(run);
            Thread thread = new Thread(null, () -> {
                long start = System.nanoTime();
                GuardAnalysis.Result guards = null;
                Throwable failure = null;
                try {
                    guards = Analysis.inference(program, callGraph, summaries, effects, units, guardOptions,
                            inference.collector, threads, inference.monitor);
                } catch (Throwable e) {
                    failure = e;
                }
                // timed before the result is handed over, so that the caller's timings have it once join returns
                if (timings != null) {
                    timings.addConcurrent("inference", (System.nanoTime() - start) / 1_000_000);
                }
                if (failure != null) {
                    inference.result.completeExceptionally(failure);
                } else {
                    inference.result.complete(guards);
                }
            }, "lockaudit-inference", 64L << 20);
            thread.setDaemon(true);
            thread.start();
            return inference;
        }

        void cancel() {
            monitor.setCanceled(true);
        }

        GuardAnalysis.Result join() {
            try {
                return result.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    /** {@code result} plus an {@code analysis-incomplete} diagnostic per function the budget stopped short. */
    static AnalysisResult withIncomplete(AnalysisResult result, Program program, FlowBudget budget) {
        Map<FunctionId, String> incomplete = budget.incomplete();
        if (incomplete.isEmpty()) {
            return result;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        incomplete.forEach((f, why) -> {
            org.lockaudit.core.facts.Function fn = program.function(f);
            diagnostics.add(Fidelity.diagnostic(DiagnosticKind.ANALYSIS_INCOMPLETE, fn == null ? "" : fn.getFile(),
                    fn == null ? 0 : fn.getStartLine(), "function " + f.name() + ": " + why));
        });
        return new AnalysisResult(result.findings(), result.suppressed(), result.summaries(), result.entryContexts(),
                diagnostics, result.guards());
    }

    /** What the program-wide checkers need, computed once per linked program (checkers are made per function). */
    private record ProgramTables(java.util.Set<FunctionId> roots,
            Map<String, java.util.Set<String>> declaredOrder, org.lockaudit.core.check.LockHandOffs handOffs) {
    }

    private static final Map<Program, ProgramTables> TABLES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static ProgramTables tables(Program program, LockApi api) {
        return TABLES.computeIfAbsent(program, p -> new ProgramTables(
                java.util.Set.copyOf(org.lockaudit.core.concurrency.ThreadRoots.of(p, api).keySet()),
                DeclaredOrderChecker.declaredOrder(p.units(), new SourceLines()),
                new org.lockaudit.core.check.LockHandOffs(p)));
    }

    /** Every checker, reporting to {@code collector} (shared with {@link AnalysisSession}). */
    static List<Checker> checkers(FindingSink collector) {
        return checkers(collector, null, null);
    }

    /**
     * Every checker; with {@code program}, the thread-exit check knows the program's thread start routines; with
     * {@code callGraph}, a function passes a callee's lock requirement on to its callers
     * ({@link RequirementInheritance}) instead of violating it.
     */
    static List<Checker> checkers(FindingSink collector, Program program, CallGraph callGraph) {
        PreconditionChecker preconditions = new PreconditionChecker(collector,
                callGraph == null ? null : new RequirementInheritance(callGraph));
        LockApi api = LockApi.defaults();
        ProgramTables tables = program == null ? null : tables(program, api);
        java.util.Set<FunctionId> roots = tables == null ? java.util.Set.of() : tables.roots();
        if (program != null) {
            return List.of(new ThreadExitChecker(collector, roots, api), new ExcludesChecker(collector, program),
                    new DeclaredOrderChecker(collector, tables.declaredOrder()),
                    new InconsistentReturnChecker(collector, program::function, tables.handOffs(), api),
                    new DoubleAcquireChecker(collector),
                    new ReleaseUnheldChecker(collector), preconditions,
                    new WriteUnderReadLockChecker(collector), new IrqMismatchChecker(collector),
                    new LockOrderChecker(collector, program));
        }
        return List.of(new ThreadExitChecker(collector, roots, api),new InconsistentReturnChecker(collector), new DoubleAcquireChecker(collector),
                new ReleaseUnheldChecker(collector), preconditions,
                new WriteUnderReadLockChecker(collector), new IrqMismatchChecker(collector),
                new LockOrderChecker(collector));
    }

    /**
     * Engine III: unguarded-access and declared-guard-violation, from guards inferred over the same summaries
     * (shared with {@link AnalysisSession}).
     */
    static GuardAnalysis.Result inference(Program program, CallGraph callGraph,
            Map<FunctionId, FunctionSummary> summaries, SummaryCallEffects effects, List<TranslationUnitFacts> units,
            GuardOptions guardOptions, FindingCollector collector, IProgressMonitor monitor) {
        return inference(program, callGraph, summaries, effects, units, guardOptions, collector, 1, monitor);
    }

    /** As above, the contextual runs on {@code threads} threads. */
    static GuardAnalysis.Result inference(Program program, CallGraph callGraph,
            Map<FunctionId, FunctionSummary> summaries, SummaryCallEffects effects, List<TranslationUnitFacts> units,
            GuardOptions guardOptions, FindingCollector collector, int threads, IProgressMonitor monitor) {
        GuardAnalysis.Result guards = GuardAnalysis.run(new ContextualAnalysis.Engine(program, callGraph, summaries,
                effects), units, guardOptions, null, threads, monitor);
        report(program, callGraph, summaries, guards, guardOptions, collector, null);
        return guards;
    }

    /**
     * As {@link #inference}, redoing only what changed since the analysis {@code memo} remembers (shared with
     * {@link AnalysisSession}; see {@link GuardAnalysis.Memo}).
     */
    static GuardAnalysis.Result inference(Program program, CallGraph callGraph,
            Map<FunctionId, FunctionSummary> summaries, SummaryCallEffects effects, List<TranslationUnitFacts> units,
            GuardOptions guardOptions, FindingCollector collector, GuardAnalysis.Memo memo,
            RaceDetector.Memo races, java.util.function.Predicate<FunctionId> mustRun, IProgressMonitor monitor) {
        GuardAnalysis.Result guards = GuardAnalysis.run(new ContextualAnalysis.Engine(program, callGraph, summaries,
                effects), units, guardOptions, memo, mustRun, monitor);
        report(program, callGraph, summaries, guards, guardOptions, collector, races);
        return guards;
    }

    /**
     * The guard findings; in a program that starts threads, {@code unguarded-access} is the lockset race rule over
     * the concurrency model (docs/analyze.md) instead of the majority guard's counter-examples.
     */
    private static void report(Program program, CallGraph callGraph, Map<FunctionId, FunctionSummary> summaries,
            GuardAnalysis.Result guards, GuardOptions guardOptions, FindingCollector collector,
            RaceDetector.Memo races) {
        ConcurrencyModel model = ConcurrencyModel.of(program, callGraph, guardOptions.lockApi());
        if (!model.hasThreads()) {
            GuardFindings.report(guards.fields(), guardOptions, collector);
            return;
        }
        GuardFindings.report(guards.fields(), guardOptions, f -> {
            if (f.kind() != FindingKind.UNGUARDED_ACCESS) {
                collector.report(f);
            }
        });
        new RaceDetector(model, program, tables(program, LockApi.defaults()).handOffs(),
                f -> changes(summaries.get(f), true), f -> changes(summaries.get(f), false))
                .report(guards.sites(), collector, races);
    }

    /**
     * The lock classes a function returns with ({@code acquires}) or releases, on some of its paths or all, from its
     * summary.
     */
    private static java.util.Set<String> changes(FunctionSummary s, boolean acquires) {
        if (s == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (List<org.lockaudit.core.dataflow.LockChange> l : List.of(s.onZero(), s.onNonZero(), s.any())) {
            for (org.lockaudit.core.dataflow.LockChange c : l) {
                org.lockaudit.core.dataflow.LockChange.Kind k = c.kind();
                boolean acquire = k == org.lockaudit.core.dataflow.LockChange.Kind.ACQUIRE
                        || k == org.lockaudit.core.dataflow.LockChange.Kind.MAY_ACQUIRE;
                if (c.lock().bound() && acquire == acquires) {
                    out.add(c.lock().canonical());
                }
            }
        }
        for (org.lockaudit.core.program.LockId l : s.takenOrDropped()) {
            if (l.bound()) {
                out.add(l.canonical());
            }
        }
        return out;
    }

    /** Fingerprints, suppression comments and diagnostics: the result (shared with {@link AnalysisSession}). */
    static AnalysisResult result(List<TranslationUnitFacts> units, FindingCollector collector,
            Map<FunctionId, FunctionSummary> summaries, Map<FunctionId, HeldLockSet> contexts, SourceLines sources,
            GuardAnalysis.Result guards) {
        Fingerprints fingerprints = new Fingerprints(sources);
        List<Finding> all = new ArrayList<>();
        for (Finding f : collector.sorted()) {
            all.add(fingerprints.fingerprinted(f));
        }
        java.util.Set<String> noAnalysis = NoAnalysisFunctions.of(units, sources);
        if (!noAnalysis.isEmpty()) {
            all.removeIf(f -> noAnalysis.contains(f.function()));
        }
        Suppressions.Filtered filtered = new Suppressions(sources).filter(all);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : filtered.kept()) {
            kept.add(f.fingerprint().isEmpty() ? fingerprints.fingerprinted(f) : f);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        units.forEach(u -> diagnostics.addAll(u.getDiagnostics()));
        return new AnalysisResult(kept, filtered.suppressed(), summaries, contexts, diagnostics, guards);
    }
}
