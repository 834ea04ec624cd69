package org.lockaudit.core.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.dataflow.CallEffects;
import org.lockaudit.core.dataflow.FlowBudget;
import org.lockaudit.core.dataflow.FunctionFlow;
import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.dataflow.LockSetAnalysis;
import org.lockaudit.core.dataflow.LockSetListener;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.dataflow.Trail;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.CallSite;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * Locks held on entry to each function, top-down: the meet (intersection) of the locks held at every call site,
 * renamed into the callee's parameters. Entry points (external functions, ops-table targets, functions nobody
 * calls) start with nothing held. Callers are analysed before their callees, with their own entry contexts; each
 * function is analysed once here, and {@code listener} observes those runs (the checkers).
 *
 * <p>Limit: calls from inside the callee's own recursive component do not take part in the meet (their states
 * depend on the context being computed); the context comes from the component's outside callers.
 */
public final class EntryContexts {
    /** Entry contexts and the flow of every function analysed in them. */
    /** What one function's call passes to one callee candidate: the locks held there, in the callee's names. */
    private record Passed(FunctionId callee, HeldLockSet held) {
    }

    public record Result(Map<FunctionId, HeldLockSet> contexts, Map<FunctionId, FunctionFlow> flows) {
    }

    private EntryContexts() {
    }

    public static Result compute(CallGraph callGraph, CallEffects effects, LockSetListener listener,
            IProgressMonitor monitor) {
        return compute(callGraph, effects, listener, monitor, null, f -> true, FlowBudget.DEFAULT);
    }

    /** As above, each function's dataflow within {@code budget} (limits, cancellation, incomplete functions). */
    public static Result compute(CallGraph callGraph, CallEffects effects, LockSetListener listener,
            IProgressMonitor monitor, FlowBudget budget) {
        return compute(callGraph, effects, listener, monitor, null, f -> true, budget);
    }

    /**
     * What one pass remembers per function for the next one ({@code AnalysisSession}): the entry context it was
     * analysed in and the states it passed to each callee. What the listener made of its run is the caller's to
     * keep (the checkers' findings: {@code FunctionChecks}).
     */
    public static final class Memo {
        private final Map<FunctionId, HeldLockSet> contexts = new HashMap<>();
        /** Per caller: {callee, state passed} in the order a full pass adds them. */
        private final Map<FunctionId, List<Passed>> toCallees = new HashMap<>();
        private int analysed;

        /** Forgets everything: the next pass analyses every function. */
        public void clear() {
            contexts.clear();
            toCallees.clear();
        }

        /** How many functions the last pass analysed (the others passed on their remembered call states). */
        public int analysed() {
            return analysed;
        }
    }

    /**
     * As {@link #compute(CallGraph, CallEffects, LockSetListener, IProgressMonitor)}, analysing only what changed
     * since the pass {@code memo} remembers: a function is analysed only when {@code mustAnalyse} says so (its facts,
     * or a callee's summary, changed), the memo does not know it, or its entry context differs from the memo's
     * (locks or witness paths); {@code listenerFor} gives the listener of each function analysed (nobody observes
     * the others: what their last run gave is the caller's to keep). The others pass on their remembered call
     * states, in the same order as a full pass. The memo is updated in place. Contexts are returned unordered (an
     * immutable map), and no flows.
     */
    public static Result compute(CallGraph callGraph, CallEffects effects,
            java.util.function.Function<FunctionId, LockSetListener> listenerFor, IProgressMonitor monitor, Memo memo,
            java.util.function.Predicate<FunctionId> mustAnalyse) {
        return compute(callGraph, effects, null, listenerFor, monitor, memo, mustAnalyse, FlowBudget.DEFAULT);
    }

    private static Result compute(CallGraph callGraph, CallEffects effects, LockSetListener listener,
            IProgressMonitor monitor, Memo memo, java.util.function.Predicate<FunctionId> mustAnalyse,
            FlowBudget budget) {
        return compute(callGraph, effects, listener, null, monitor, memo, mustAnalyse, budget);
    }

    private static Result compute(CallGraph callGraph, CallEffects effects, LockSetListener listener,
            java.util.function.Function<FunctionId, LockSetListener> listenerFor, IProgressMonitor monitor, Memo memo,
            java.util.function.Predicate<FunctionId> mustAnalyse, FlowBudget budget) {
        List<List<FunctionId>> sccs = callGraph.bottomUpComponents();
        SubMonitor sub = SubMonitor.convert(monitor, "Checking lock discipline", sccs.size());
        Map<FunctionId, Integer> component = callGraph.componentIndex();
        ArgumentMapping mapping = new ArgumentMapping(callGraph.program());
        LockSetAnalysis analysis = new LockSetAnalysis(effects, budget);
        Map<FunctionId, List<HeldLockSet>> atCalls = new HashMap<>();
        // hashed while computing, sorted once at the end (perf)
        Map<FunctionId, HeldLockSet> contexts = new HashMap<>();
        Map<FunctionId, FunctionFlow> flows = new HashMap<>();
        if (memo != null) {
            memo.analysed = 0;
            // entries of functions gone from the program are never read (only live functions are looked up): dropped
            // when there are some, not at every pass
            if (memo.contexts.size() > callGraph.program().functions().size()) {
                java.util.Set<FunctionId> live = new java.util.HashSet<>(callGraph.program().functions().keySet());
                memo.contexts.keySet().retainAll(live);
                memo.toCallees.keySet().retainAll(live);
            }
        }
        for (int i = sccs.size() - 1; i >= 0; i--) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            for (FunctionId f : sccs.get(i)) {
                HeldLockSet context = HeldLockSet.EMPTY;
                List<HeldLockSet> sites = atCalls.get(f);
                if (!callGraph.isEntryPoint(f) && sites != null && !sites.isEmpty()) {
                    context = sites.get(0);
                    for (HeldLockSet s : sites.subList(1, sites.size())) {
                        context = context.intersect(s);
                    }
                }
                contexts.put(f, context);
                List<Passed> passed;
                if (memo != null && !mustAnalyse.test(f) && sameWitnesses(memo.contexts.get(f), context)) {
                    passed = memo.toCallees.get(f);
                } else {
                    Function fn = callGraph.program().function(f);
                    LockSetListener observer = listener;
                    if (memo != null) {
                        observer = listenerFor.apply(f);
                        memo.analysed++;
                    }
                    FunctionFlow flow = analysis.run(f, fn, LockState.entry(context), observer);
                    if (memo == null) {
                        flows.put(f, flow);
                    }
                    passed = new ArrayList<>();
                    List<CallSite> siteList = callGraph.callSitesIn(f);
                    for (FunctionFlow.CallState cs : flow.calls()) {
                        CallSite site = null;
                        for (CallSite s : siteList) {
                            if (s.call() == cs.call()) {
                                site = s;
                                break;
                            }
                        }
                        if (site == null) {
                            continue;
                        }
                        for (FunctionId callee : site.candidates()) {
                            Function calleeFn = callGraph.program().function(callee);
                            passed.add(new Passed(callee, toCallee(cs, fn.getFile(), calleeFn, mapping)));
                        }
                    }
                    if (memo != null) {
                        memo.contexts.put(f, context);
                        memo.toCallees.put(f, passed);
                    }
                }
                for (Passed p : passed) {
                    FunctionId callee = p.callee();
                    if (component.get(callee).intValue() == i) {
                        continue;
                    }
                    atCalls.computeIfAbsent(callee, k -> new ArrayList<>()).add(p.held());
                }
            }
            sub.worked(1);
        }
        if (memo != null) {
            return new Result(Map.copyOf(contexts), Map.of()); // no sorting: AnalysisResult keeps them unordered (perf)
        }
        return new Result(new TreeMap<>(contexts), new TreeMap<>(flows));
    }

    /** Equal locks, each acquired along the same witness path (HeldLockSet's equality ignores the paths). */
    private static boolean sameWitnesses(HeldLockSet a, HeldLockSet b) {
        if (a == null || !a.equals(b)) {
            return false;
        }
        java.util.Iterator<HeldLock> x = a.iterator(), y = b.iterator();
        while (x.hasNext() && y.hasNext()) {
            HeldLock p = x.next(), q = y.next();
            if (p.acquiredAt() != q.acquiredAt() && (p.acquiredAt() == null || q.acquiredAt() == null
                    || !p.acquiredAt().sameSteps(q.acquiredAt()))) {
                return false;
            }
        }
        return !x.hasNext() && !y.hasNext();
    }

    private static HeldLockSet toCallee(FunctionFlow.CallState cs, String callerFile, Function callee,
            ArgumentMapping mapping) {
        HeldLockSet out = HeldLockSet.EMPTY;
        Step call = new Step(cs.call().getFile() != null ? cs.call().getFile() : callerFile, cs.call().getLine(), "calls " + callee.getName() + "()", cs.before().must());
        Trail witness = cs.before().trail().then(call);
        for (HeldLock h : cs.before().must()) {
            LockId l = mapping.toCallee(h.lock(), callee.getParameters(), cs.call().getArguments());
            if (l != null) {
                out = out.with(h.withLock(l).asContext(witness));
            }
        }
        return out;
    }
}
