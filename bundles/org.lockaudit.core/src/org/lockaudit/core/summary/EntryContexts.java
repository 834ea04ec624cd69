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
    public record Result(Map<FunctionId, HeldLockSet> contexts, Map<FunctionId, FunctionFlow> flows) {
    }

    private EntryContexts() {
    }

    public static Result compute(CallGraph callGraph, CallEffects effects, LockSetListener listener,
            IProgressMonitor monitor) {
        return compute(callGraph, effects, listener, monitor, FlowBudget.DEFAULT);
    }

    /** As above, each function's dataflow within {@code budget}. */
    public static Result compute(CallGraph callGraph, CallEffects effects, LockSetListener listener,
            IProgressMonitor monitor, FlowBudget budget) {
        List<List<FunctionId>> sccs = callGraph.bottomUpComponents();
        SubMonitor sub = SubMonitor.convert(monitor, "Checking lock discipline", sccs.size());
        Map<FunctionId, Integer> component = callGraph.componentIndex();
        ArgumentMapping mapping = new ArgumentMapping(callGraph.program());
        LockSetAnalysis analysis = new LockSetAnalysis(effects, budget);
        Map<FunctionId, List<HeldLockSet>> atCalls = new HashMap<>();
        Map<FunctionId, HeldLockSet> contexts = new TreeMap<>();
        Map<FunctionId, FunctionFlow> flows = new TreeMap<>();
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
                Function fn = callGraph.program().function(f);
                FunctionFlow flow = analysis.run(f, fn, LockState.entry(context), listener);
                flows.put(f, flow);
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
                        if (component.get(callee).intValue() == i) {
                            continue;
                        }
                        Function calleeFn = callGraph.program().function(callee);
                        atCalls.computeIfAbsent(callee, k -> new ArrayList<>())
                                .add(toCallee(cs, fn.getFile(), calleeFn, mapping));
                    }
                }
            }
            sub.worked(1);
        }
        return new Result(contexts, flows);
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
