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
        /** The last pass' components (the call graph's list, shared while they stay), contexts, and order. */
        private List<List<FunctionId>> sccs;
        private Map<FunctionId, HeldLockSet> last;
        private Map<FunctionId, Integer> rank;
        private List<FunctionId> order;
        /** See {@link #changedOnly}; consumed by the next pass. */
        private java.util.Set<FunctionId> changed;

        /** Forgets everything: the next pass analyses every function. */
        public void clear() {
            contexts.clear();
            toCallees.clear();
            sccs = null;
            last = null;
            rank = null;
            order = null;
            changed = null;
        }

        /**
         * Tells the next pass which functions can differ from the last pass: every function {@code mustAnalyse}
         * names, every function whose facts object changed (null: not known). With the same components as the last
         * pass, the next pass visits only those and, in pass order, the callees of a function whose run passed other
         * states than last time, instead of walking every function (see {@link #compute}).
         */
        public void changedOnly(java.util.Set<FunctionId> functions) {
            changed = functions;
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
        java.util.Set<FunctionId> changed = memo == null ? null : memo.changed;
        if (memo != null) {
            memo.changed = null;
            if (changed != null && memo.sccs == sccs && memo.last != null
                    && memo.last.size() == callGraph.program().functions().size()) {
                return incremental(callGraph, listenerFor, sub, memo, mustAnalyse, changed, component, mapping,
                        analysis);
            }
            memo.last = null; // until this pass is through
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
                    passed = passedOn(callGraph, f, fn, flow, mapping);
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
            Map<FunctionId, HeldLockSet> out = Map.copyOf(contexts);
            if (memo.sccs != sccs) {
                memo.sccs = sccs;
                memo.order = new ArrayList<>();
                memo.rank = new HashMap<>();
                for (int i = sccs.size() - 1; i >= 0; i--) {
                    for (FunctionId f : sccs.get(i)) {
                        memo.rank.put(f, memo.order.size());
                        memo.order.add(f);
                    }
                }
            }
            memo.last = out;
            return new Result(out, Map.of()); // no sorting: AnalysisResult keeps them unordered (perf)
        }
        return new Result(new TreeMap<>(contexts), new TreeMap<>(flows));
    }

    /**
     * The pass of {@code compute} over the same components as the memo's last pass, visiting only what can differ:
     * the functions of {@code changed} and, transitively, the callees of a function analysed again whose call
     * states passed differ from last time (locks or witness paths; before or now), in pass order (callers first).
     * A visited function's context is the meet of what its callers in other components pass to it, taken in pass
     * order of the callers, each caller's states in the order it passed them: as a full pass meets them (a caller
     * visited in this pass passed its new states already, the others pass what the memo remembers, which a full
     * pass would pass on again). It is then analysed again or not under the same rule as a full pass. A function
     * not visited keeps the context of the last pass: its callers pass what they passed then, and whether it is an
     * entry point changes only with a caller's call to it, i.e. a caller whose facts changed and whose states passed
     * to it (if any) changed with it.
     */
    private static Result incremental(CallGraph callGraph,
            java.util.function.Function<FunctionId, LockSetListener> listenerFor, SubMonitor sub, Memo memo,
            java.util.function.Predicate<FunctionId> mustAnalyse, java.util.Set<FunctionId> changed,
            Map<FunctionId, Integer> component, ArgumentMapping mapping, LockSetAnalysis analysis) {
        List<List<FunctionId>> sccs = callGraph.bottomUpComponents();
        Map<FunctionId, Integer> rank = memo.rank;
        Map<FunctionId, HeldLockSet> contexts = new HashMap<>(memo.last);
        memo.last = null; // until this pass is through
        memo.analysed = 0;
        org.lockaudit.core.program.PassOrderQueue queue = new org.lockaudit.core.program.PassOrderQueue(rank, memo.order);
        changed.forEach(queue::add);
        for (FunctionId f = queue.next(sub); f != null; f = queue.next(sub)) {
            int own = component.get(f);
            HeldLockSet context = HeldLockSet.EMPTY;
            if (!callGraph.isEntryPoint(f)) {
                List<HeldLockSet> sites = passedTo(f, callGraph, component, own, rank, memo);
                if (!sites.isEmpty()) {
                    context = sites.get(0);
                    for (HeldLockSet s : sites.subList(1, sites.size())) {
                        context = context.intersect(s);
                    }
                }
            }
            contexts.put(f, context);
            if (!mustAnalyse.test(f) && sameWitnesses(memo.contexts.get(f), context)) {
                continue;
            }
            Function fn = callGraph.program().function(f);
            memo.analysed++;
            FunctionFlow flow = analysis.run(f, fn, LockState.entry(context), listenerFor.apply(f));
            List<Passed> passed = passedOn(callGraph, f, fn, flow, mapping);
            List<Passed> before = memo.toCallees.get(f);
            memo.contexts.put(f, context);
            memo.toCallees.put(f, passed);
            if (before == null || !samePassed(before, passed)) {
                // its callees (before and now) may meet other states: visit them
                for (List<Passed> l : before == null ? List.of(passed) : List.of(before, passed)) {
                    for (Passed p : l) {
                        if (component.get(p.callee()).intValue() != own) {
                            queue.add(p.callee());
                        }
                    }
                }
            }
        }
        sub.worked(sccs.size());
        Map<FunctionId, HeldLockSet> out = Map.copyOf(contexts);
        memo.last = out;
        return new Result(out, Map.of());
    }

    /**
     * The states the callers of {@code f} in other components pass to it, in the order a full pass adds them:
     * callers in pass order, each caller's in the order it passed them.
     */
    private static List<HeldLockSet> passedTo(FunctionId f, CallGraph callGraph, Map<FunctionId, Integer> component,
            int own, Map<FunctionId, Integer> rank, Memo memo) {
        TreeMap<Integer, FunctionId> callers = new TreeMap<>();
        for (CallSite s : callGraph.callersOf(f)) {
            FunctionId c = s.caller();
            Integer r = rank.get(c);
            if (r != null && component.get(c).intValue() != own) {
                callers.putIfAbsent(r, c);
            }
        }
        List<HeldLockSet> out = new ArrayList<>();
        for (FunctionId c : callers.values()) {
            List<Passed> passed = memo.toCallees.get(c);
            if (passed == null) {
                throw new IllegalStateException("no memo entry of " + c);
            }
            for (Passed p : passed) {
                if (p.callee().equals(f)) {
                    out.add(p.held());
                }
            }
        }
        return out;
    }

    /** Same callees in the same order, each passed equal locks along the same witness paths. */
    private static boolean samePassed(List<Passed> a, List<Passed> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).callee().equals(b.get(i).callee()) || !sameWitnesses(a.get(i).held(), b.get(i).held())) {
                return false;
            }
        }
        return true;
    }

    /** What {@code f}'s run passes to each callee candidate of each call it reached, in order. */
    private static List<Passed> passedOn(CallGraph callGraph, FunctionId f, Function fn, FunctionFlow flow,
            ArgumentMapping mapping) {
        List<Passed> passed = new ArrayList<>();
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
        return passed;
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
