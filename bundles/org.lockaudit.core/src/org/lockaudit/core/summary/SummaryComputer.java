package org.lockaudit.core.summary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.dataflow.FlowBudget;
import org.lockaudit.core.dataflow.FunctionFlow;
import org.lockaudit.core.dataflow.LockSetAnalysis;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.FunctionId;

/**
 * Summaries bottom-up over the call graph's strongly connected components: callees before callers, so every call
 * outside the component already has its callee's summary. Inside a recursive component the members are analysed
 * again until their summaries stop changing (recursion depths are widened in {@code HeldLock}, so this converges;
 * a hard round limit stops pathological cases, keeping the last round's summaries).
 */
public final class SummaryComputer {
    static final int MAX_ROUNDS = 6;

    private final CallGraph callGraph;
    private final DeclaredEffects declared;
    private final Map<FunctionId, FunctionSummary> summaries = new TreeMap<>();
    private final LockSetAnalysis analysis;
    private final FlowBudget budget;

    public SummaryComputer(CallGraph callGraph) {
        this(callGraph, FlowBudget.DEFAULT);
    }

    /** Summaries within {@code budget} (rounds per recursive component, and the dataflow's own limits). */
    public SummaryComputer(CallGraph callGraph, FlowBudget budget) {
        this.callGraph = callGraph;
        this.declared = new DeclaredEffects(callGraph.program());
        this.budget = budget == null ? FlowBudget.DEFAULT : budget;
        this.analysis = new LockSetAnalysis(new SummaryCallEffects(callGraph, summaries, declared), this.budget);
    }

    public Map<FunctionId, FunctionSummary> compute(IProgressMonitor monitor) {
        List<List<FunctionId>> sccs = callGraph.bottomUpComponents();
        SubMonitor sub = SubMonitor.convert(monitor, "Summarising functions", sccs.size());
        for (List<FunctionId> scc : sccs) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            boolean recursive = scc.size() > 1 || callGraph.callSitesIn(scc.get(0)).stream()
                    .anyMatch(s -> s.candidates().contains(scc.get(0)));
            int maxRounds = budget.limits().maxSummaryRounds() > 0 ? budget.limits().maxSummaryRounds()
                    : budget == FlowBudget.DEFAULT ? MAX_ROUNDS : Integer.MAX_VALUE;
            boolean changed = false;
            for (int round = 0; round < (recursive ? maxRounds : 1); round++) {
                changed = false;
                for (FunctionId f : scc) {
                    budget.checkCanceled();
                    FunctionSummary next = summarise(f);
                    changed |= !next.sameBehaviour(summaries.get(f));
                    summaries.put(f, next);
                }
                if (!changed) {
                    break;
                }
            }
            if (recursive && changed) {
                for (FunctionId f : scc) {
                    budget.incomplete(f, String.format("summary budget exceeded: the summaries of its recursive"
                            + " component (%d functions) still changed after %d rounds (limit maxSummaryRounds);"
                            + " the last round's summary is used", scc.size(), maxRounds));
                }
            }
            sub.worked(1);
        }
        return summaries;
    }

    private FunctionSummary summarise(FunctionId f) {
        Function fn = callGraph.program().function(f);
        FunctionFlow flow = analysis.run(f, fn, LockState.ENTRY, null);
        return FunctionSummary.of(f, fn.getParameters(), flow, declared.requirements(f.name(), fn.getParameters()));
    }

    public DeclaredEffects declared() {
        return declared;
    }
}
