package org.lockaudit.core.inference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.dataflow.FunctionFlow;
import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.dataflow.LockSetAnalysis;
import org.lockaudit.core.dataflow.LockSetListener;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.dataflow.Trail;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.CallSite;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;
import org.lockaudit.core.program.Program;
import org.lockaudit.core.summary.ArgumentMapping;
import org.lockaudit.core.summary.FunctionSummary;
import org.lockaudit.core.summary.SummaryCallEffects;
import org.lockaudit.core.summary.SummaryComputer;

/**
 * Engine II's held-lock dataflow, run once per <em>calling context</em> instead of once per function: where Engine
 * II meets (intersects) the locks held at every call site into one entry context, this keeps the distinct ones, so
 * an access in {@code helper()} is seen once with the locks of each kind of caller and a call path to show for it.
 *
 * <p>Heuristics and limits: the analysed tree is taken as the whole program — a function with known callers is
 * analysed only in their contexts (Engine II, checking preconditions, also assumes unknown external callers); a
 * function with no caller outside its own recursive component starts with nothing held. Contexts are told apart
 * by the locks held (and, for inline header functions, by the caller they are attributed to); at most
 * {@link #MAX_CONTEXTS} per function are kept, the rest are met into one. Locks held only on some paths to a call
 * do not reach the callee's context.
 */
public final class ContextualAnalysis {
    public static final int MAX_CONTEXTS = 8;

    /** Creates the listener observing one function's run in one context. */
    public interface RunListener {
        LockSetListener listenerFor(FunctionId f, Function fn, AccessContext context, HeldLockSet entry);
    }

    /** The program with its call graph and Engine II's summaries, ready for contextual runs. */
    public record Engine(Program program, CallGraph callGraph, Map<FunctionId, FunctionSummary> summaries,
            SummaryCallEffects effects) {
        public static Engine of(List<TranslationUnitFacts> units, IProgressMonitor monitor) {
            Program program = new Program(units);
            CallGraph cg = new CallGraph(program);
            SummaryComputer computer = new SummaryComputer(cg);
            Map<FunctionId, FunctionSummary> summaries = computer.compute(monitor);
            return new Engine(program, cg, summaries, new SummaryCallEffects(cg, summaries, computer.declared()));
        }
    }

    private record Ctx(HeldLockSet entry, AccessContext context) {
    }

    private ContextualAnalysis() {
    }

    /** Runs every function in each of its contexts; returns the contexts of each function. */
    public static Map<FunctionId, List<AccessContext>> run(Engine engine, RunListener listener, IProgressMonitor monitor) {
        CallGraph cg = engine.callGraph();
        List<List<FunctionId>> sccs = cg.bottomUpComponents();
        SubMonitor sub = SubMonitor.convert(monitor, "Following calling contexts", sccs.size());
        Map<FunctionId, Integer> component = cg.componentIndex();
        ArgumentMapping mapping = new ArgumentMapping(engine.program());
        LockSetAnalysis analysis = new LockSetAnalysis(engine.effects(),
                org.lockaudit.core.dataflow.FlowBudget.cancelling(monitor)); // hostile: cancel within 200 ms
        Map<FunctionId, LinkedHashMap<String, Ctx>> incoming = new TreeMap<>();
        Map<FunctionId, List<AccessContext>> out = new TreeMap<>();
        for (int i = sccs.size() - 1; i >= 0; i--) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            for (FunctionId f : sccs.get(i)) {
                Function fn = engine.program().function(f);
                List<Ctx> contexts = contexts(f, incoming.get(f));
                List<AccessContext> list = new ArrayList<>();
                for (Ctx ctx : contexts) {
                    list.add(ctx.context());
                    FunctionFlow flow = analysis.run(f, fn, LockState.entry(ctx.entry()),
                            listener.listenerFor(f, fn, ctx.context(), ctx.entry()));
                    propagate(engine, f, fn, ctx, flow, component, i, mapping, incoming);
                }
                out.put(f, List.copyOf(list));
            }
            sub.worked(1);
        }
        return out;
    }

    private static List<Ctx> contexts(FunctionId f, LinkedHashMap<String, Ctx> in) {
        if (in == null || in.isEmpty()) {
            return List.of(new Ctx(HeldLockSet.EMPTY, new AccessContext(List.of(), f.name())));
        }
        List<Ctx> all = new ArrayList<>(in.values());
        if (all.size() <= MAX_CONTEXTS) {
            return all;
        }
        List<Ctx> kept = new ArrayList<>(all.subList(0, MAX_CONTEXTS - 1));
        HeldLockSet met = null;
        for (Ctx c : all.subList(MAX_CONTEXTS - 1, all.size())) {
            met = met == null ? c.entry() : met.intersect(c.entry());
        }
        Ctx first = all.get(MAX_CONTEXTS - 1);
        List<String> path = new ArrayList<>(first.context().callPath());
        path.add("(and " + (all.size() - MAX_CONTEXTS) + " more contexts, met)");
        kept.add(new Ctx(met, new AccessContext(path, first.context().attributedTo())));
        return kept;
    }

    private static void propagate(Engine engine, FunctionId f, Function fn, Ctx ctx, FunctionFlow flow,
            Map<FunctionId, Integer> component, int own, ArgumentMapping mapping,
            Map<FunctionId, LinkedHashMap<String, Ctx>> incoming) {
        List<CallSite> sites = engine.callGraph().callSitesIn(f);
        for (FunctionFlow.CallState cs : flow.calls()) {
            CallSite site = null;
            for (CallSite s : sites) {
                if (s.call() == cs.call()) {
                    site = s;
                    break;
                }
            }
            if (site == null) {
                continue;
            }
            String file = cs.call().getFile() != null ? cs.call().getFile() : fn.getFile();
            for (FunctionId callee : site.candidates()) {
                if (component.get(callee).intValue() == own) {
                    continue;
                }
                Function calleeFn = engine.program().function(callee);
                HeldLockSet entry = HeldLockSet.EMPTY;
                Step call = new Step(file, cs.call().getLine(), "calls " + callee.name() + "()", cs.before().must());
                Trail witness = cs.before().trail().then(call);
                for (HeldLock h : cs.before().must()) {
                    LockId l = mapping.toCallee(h.lock(), calleeFn.getParameters(), cs.call().getArguments());
                    if (l != null) {
                        entry = entry.with(h.withLock(l).asContext(witness));
                    }
                }
                String attributed = inlineHeader(calleeFn) ? ctx.context().attributedTo() : callee.name();
                List<String> path = new ArrayList<>(ctx.context().callPath());
                path.add(f.name() + " (" + shortFile(file) + ":" + cs.call().getLine() + ")");
                String key = entry.describe() + "|" + attributed;
                incoming.computeIfAbsent(callee, k -> new LinkedHashMap<>()).putIfAbsent(key,
                        new Ctx(entry, new AccessContext(path, attributed)));
            }
        }
    }

    /** An inline function defined in a header: inlined into its callers, so its accesses are theirs. */
    public static boolean inlineHeader(Function fn) {
        return fn != null && fn.getFile() != null && fn.getFile().endsWith(".h");
    }

    static String shortFile(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
