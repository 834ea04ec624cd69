package org.lockaudit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.check.Checker;
import org.lockaudit.core.check.DoubleAcquireChecker;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingCollector;
import org.lockaudit.core.check.Fingerprints;
import org.lockaudit.core.check.InconsistentReturnChecker;
import org.lockaudit.core.check.IrqMismatchChecker;
import org.lockaudit.core.check.LockOrderChecker;
import org.lockaudit.core.check.PreconditionChecker;
import org.lockaudit.core.check.ReleaseUnheldChecker;
import org.lockaudit.core.check.SourceLines;
import org.lockaudit.core.check.Suppressions;
import org.lockaudit.core.check.WriteUnderReadLockChecker;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.dataflow.FlowBudget;
import org.lockaudit.core.dataflow.LockSetListener;
import org.lockaudit.core.facts.DiagnosticKind;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.frontend.Fidelity;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.Program;
import org.lockaudit.core.summary.EntryContexts;
import org.lockaudit.core.summary.FunctionSummary;
import org.lockaudit.core.summary.SummaryCallEffects;
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
        return run(units, Limits.DEFAULT, monitor);
    }

    public static AnalysisResult run(FactsResult facts, Limits limits, IProgressMonitor monitor) {
        return run(facts.units(), limits, monitor);
    }

    /**
     * The analysis within {@code limits}: a function over a budget is reported as an {@code analysis-incomplete}
     * diagnostic (which budget, how much) and the others go on; cancelling {@code monitor} stops the run with
     * {@link org.eclipse.core.runtime.OperationCanceledException} within a few milliseconds.
     */
    public static AnalysisResult run(List<TranslationUnitFacts> units, Limits limits, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Analysing lock discipline", 10);
        FlowBudget budget = new FlowBudget(limits, monitor);
        Program program = new Program(units);
        CallGraph callGraph = new CallGraph(program);
        SummaryComputer computer = new SummaryComputer(callGraph, budget);
        Map<FunctionId, FunctionSummary> summaries = computer.compute(sub.split(4));

        FindingCollector collector = new FindingCollector();
        List<Checker> checkers = List.of(new InconsistentReturnChecker(collector), new DoubleAcquireChecker(collector),
                new ReleaseUnheldChecker(collector), new PreconditionChecker(collector),
                new WriteUnderReadLockChecker(collector), new IrqMismatchChecker(collector),
                new LockOrderChecker(collector));
        EntryContexts.Result contexts = EntryContexts.compute(callGraph,
                new SummaryCallEffects(callGraph, summaries, computer.declared()), LockSetListener.all(checkers),
                sub.split(5), budget);
        checkers.forEach(Checker::finish);

        SourceLines sources = new SourceLines();
        Fingerprints fingerprints = new Fingerprints(sources);
        List<Finding> all = new ArrayList<>();
        for (Finding f : collector.sorted()) {
            all.add(fingerprints.fingerprinted(f));
        }
        Suppressions.Filtered filtered = new Suppressions(sources).filter(all);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : filtered.kept()) {
            kept.add(f.fingerprint().isEmpty() ? fingerprints.fingerprinted(f) : f);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        units.forEach(u -> diagnostics.addAll(u.getDiagnostics()));
        budget.incomplete().forEach((f, why) -> {
            Function fn = program.function(f);
            diagnostics.add(Fidelity.diagnostic(DiagnosticKind.ANALYSIS_INCOMPLETE, fn == null ? "" : fn.getFile(),
                    fn == null ? 0 : fn.getStartLine(), "function " + f.name() + ": " + why));
        });
        sub.worked(1);
        return new AnalysisResult(kept, filtered.suppressed(), summaries, contexts.contexts(), diagnostics);
    }
}
