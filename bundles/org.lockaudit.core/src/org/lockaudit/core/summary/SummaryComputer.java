package org.lockaudit.core.summary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.dataflow.FlowBudget;
import org.lockaudit.core.dataflow.FunctionFlow;
import org.lockaudit.core.dataflow.LockSetAnalysis;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.CallSite;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.GroupedPass;

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
    // hashed: read for every call the dataflow meets (perf); AnalysisResult copies it into an unordered map anyway
    private final Map<FunctionId, FunctionSummary> summaries = new java.util.HashMap<>();
    private final LockSetAnalysis analysis;
    private final FlowBudget budget;
    private final RequirementInheritance inheritance;

    public SummaryComputer(CallGraph callGraph) {
        this(callGraph, FlowBudget.DEFAULT);
    }

    /** Summaries within {@code budget} (rounds per recursive component, and the dataflow's own limits). */
    public SummaryComputer(CallGraph callGraph, FlowBudget budget) {
        this.callGraph = callGraph;
        this.declared = new DeclaredEffects(callGraph.program());
        this.inheritance = new RequirementInheritance(callGraph);
        this.budget = budget == null ? FlowBudget.DEFAULT : budget;
        this.analysis = new LockSetAnalysis(new SummaryCallEffects(callGraph, summaries, declared), this.budget);
    }

    public Map<FunctionId, FunctionSummary> compute(IProgressMonitor monitor) {
        return compute(monitor, 1);
    }

    /**
     * Every function's summary, on at most {@code threads} threads: with two or more, the components of one depth
     * of the component graph (0: calls no other component, else one more than its deepest callee's) are summarised
     * side by side, one depth after the other. A component's summaries depend only on its callees' (all of a lower
     * depth) and on its own members', and each component is summarised by one thread, so the summaries are those
     * of one component after the other; the map returned is filled in that order too (the order a sequential
     * computation puts them in, which is the order the callers iterate in).
     */
    public Map<FunctionId, FunctionSummary> compute(IProgressMonitor monitor, int threads) {
        return compute(monitor, threads, PARALLEL_DEPTH);
    }

    /** As above; a depth of fewer than {@code minShared} components is summarised by the calling thread alone. */
    Map<FunctionId, FunctionSummary> compute(IProgressMonitor monitor, int threads, int minShared) {
        List<List<FunctionId>> sccs = callGraph.bottomUpComponents();
        SubMonitor sub = SubMonitor.convert(monitor, "Summarising functions", sccs.size());
        if (threads < 2) {
            for (List<FunctionId> scc : sccs) {
                if (sub.isCanceled()) {
                    throw new OperationCanceledException();
                }
                component(scc, summaries, analysis);
                sub.worked(1);
            }
            return summaries;
        }
        Map<FunctionId, FunctionSummary> working = new java.util.concurrent.ConcurrentHashMap<>();
        LockSetAnalysis shared = new LockSetAnalysis(new SummaryCallEffects(callGraph, working, declared), budget);
        List<List<Integer>> depths = callGraph.componentLevels(true);
        if (depths == null) {
            throw new IllegalStateException("components not bottom-up");
        }
        GroupedPass.run(depths, threads, minShared, "lockaudit-summaries",
                i -> component(sccs.get(i), working, shared), sub::isCanceled);
        sub.worked(sccs.size());
        for (List<FunctionId> scc : sccs) {
            for (FunctionId f : scc) {
                summaries.put(f, working.get(f));
            }
        }
        return summaries;
    }

    /** Fewer components than this in one depth are summarised by the calling thread alone (not worth a hand-out). */
    private static final int PARALLEL_DEPTH = 32;

    /**
     * Incremental form, for {@code AnalysisSession}: a component keeps its summaries from {@code previous} unless
     * it was not a component of the previous pass ({@code previousComponents}), one of its members is
     * {@code dirty} (its facts changed), or a callee outside it got a summary different from the previous one in
     * this pass. A component recomputed starts from no summaries, as in {@link #compute}, so the outcome is the
     * same as a full computation. Returns the functions whose summary is not {@code same} as before.
     */
    public Set<FunctionId> computeIncremental(IProgressMonitor monitor, Map<FunctionId, FunctionSummary> previous,
            Set<FunctionId> dirty, Set<List<FunctionId>> previousComponents,
            BiPredicate<FunctionSummary, FunctionSummary> same) {
        return computeIncremental(monitor, previous, dirty, previousComponents, false, same);
    }

    /**
     * As above; {@code sameComponents} says the call graph's components are the very ones of the pass that computed
     * {@code previous} (the call graph kept them): then, when {@code previous} has every function's summary, the
     * computation goes from the change instead of through every component ({@link #fromChange}).
     */
    public Set<FunctionId> computeIncremental(IProgressMonitor monitor, Map<FunctionId, FunctionSummary> previous,
            Set<FunctionId> dirty, Set<List<FunctionId>> previousComponents, boolean sameComponents,
            BiPredicate<FunctionSummary, FunctionSummary> same) {
        if (sameComponents && previous.size() == callGraph.program().functions().size()) {
            recomputed = 0;
            return fromChange(monitor, previous, dirty, same);
        }
        List<List<FunctionId>> sccs = callGraph.bottomUpComponents();
        SubMonitor sub = SubMonitor.convert(monitor, "Summarising functions", sccs.size());
        Set<FunctionId> changed = new HashSet<>();
        recomputed = 0;
        for (List<FunctionId> scc : sccs) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            boolean again = !previousComponents.contains(scc);
            for (int i = 0; i < scc.size() && !again; i++) {
                FunctionId f = scc.get(i);
                again = dirty.contains(f) || !previous.containsKey(f);
                for (CallSite site : callGraph.callSitesIn(f)) {
                    for (FunctionId c : site.candidates()) {
                        again |= changed.contains(c) && !scc.contains(c);
                    }
                }
            }
            if (again) {
                recomputed += scc.size();
                component(scc);
                for (FunctionId f : scc) {
                    if (!same.test(summaries.get(f), previous.get(f))) {
                        changed.add(f);
                    }
                }
            } else {
                for (FunctionId f : scc) {
                    summaries.put(f, previous.get(f));
                }
            }
            sub.worked(1);
        }
        return changed;
    }

    private int recomputed;

    /**
     * {@link #computeIncremental} when the components are the previous pass's and {@code previous} has every
     * function's summary: only the components of dirty functions, and then of the callers of a function whose
     * summary came out different, are summarised again, bottom-up (a caller's component comes after its callees'
     * in {@link CallGraph#bottomUpComponents()}); the others keep their summaries. The same components as the
     * full scan recomputes, in the same order, each starting from no summaries of its own members.
     */
    private Set<FunctionId> fromChange(IProgressMonitor monitor, Map<FunctionId, FunctionSummary> previous,
            Set<FunctionId> dirty, BiPredicate<FunctionSummary, FunctionSummary> same) {
        List<List<FunctionId>> sccs = callGraph.bottomUpComponents();
        Map<FunctionId, Integer> index = callGraph.componentIndex();
        Set<FunctionId> changed = new HashSet<>();
        summaries.putAll(previous);
        java.util.TreeSet<Integer> queue = new java.util.TreeSet<>();
        for (FunctionId f : dirty) {
            queue.add(index.get(f));
        }
        while (!queue.isEmpty()) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int i = queue.pollFirst();
            List<FunctionId> scc = sccs.get(i);
            for (FunctionId f : scc) {
                summaries.remove(f);
            }
            recomputed += scc.size();
            component(scc);
            for (FunctionId f : scc) {
                if (!same.test(summaries.get(f), previous.get(f))) {
                    changed.add(f);
                    for (CallSite site : callGraph.callersOf(f)) {
                        int caller = index.get(site.caller());
                        if (caller != i) {
                            queue.add(caller);
                        }
                    }
                }
            }
        }
        return changed;
    }

    /** How many functions the last {@link #computeIncremental} summarised again. */
    public int recomputed() {
        return recomputed;
    }

    /** One component, callees' summaries known: members again until stable (recursive) or once. */
    private void component(List<FunctionId> scc) {
        component(scc, summaries, analysis);
    }

    /** As above, into {@code into}, with the dataflow {@code with} (which reads callees' summaries from it). */
    private void component(List<FunctionId> scc, Map<FunctionId, FunctionSummary> into, LockSetAnalysis with) {
        boolean recursive = scc.size() > 1 || callGraph.callSitesIn(scc.get(0)).stream()
                .anyMatch(s -> s.candidates().contains(scc.get(0)));
        int maxRounds = budget.limits().maxSummaryRounds() > 0 ? budget.limits().maxSummaryRounds()
                : MAX_ROUNDS;
        boolean changed = false;
        for (int round = 0; round < (recursive ? maxRounds : 1); round++) {
            changed = false;
            for (FunctionId f : scc) {
                budget.checkCanceled();
                FunctionSummary next = summarise(f, with);
                changed |= !next.sameBehaviour(into.get(f));
                into.put(f, next);
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
    }

    private FunctionSummary summarise(FunctionId f, LockSetAnalysis with) {
        Function fn = callGraph.program().function(f);
        FunctionFlow flow = with.run(f, fn, LockState.ENTRY, null);
        return FunctionSummary.of(f, fn.getParameters(), flow, declared.requirements(f.name(), fn.getParameters()),
                inheritance.inherited(fn, flow), assignedLocals(fn));
    }

    /** Names the body assigns ({@code p = ...}): a parameter among them no longer tells what the caller passed. */
    private static java.util.Set<String> assignedLocals(Function fn) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.lockaudit.core.facts.CfgNode n : fn.getNodes()) {
            for (org.lockaudit.core.facts.Event e : n.getEvents()) {
                if (e instanceof org.lockaudit.core.facts.LocalAssignment a && a.getTarget() != null) {
                    out.add(a.getTarget());
                } else if (e instanceof org.lockaudit.core.facts.Call c && c.getResultVariable() != null) {
                    out.add(c.getResultVariable());
                } else if (e instanceof org.lockaudit.core.facts.LockOperation op && op.getResultVariable() != null) {
                    out.add(op.getResultVariable());
                }
            }
        }
        return out;
    }

    /** The summaries computed so far (all of them after {@link #compute} or {@link #computeIncremental}). */
    public Map<FunctionId, FunctionSummary> summaries() {
        return summaries;
    }

    public DeclaredEffects declared() {
        return declared;
    }
}
