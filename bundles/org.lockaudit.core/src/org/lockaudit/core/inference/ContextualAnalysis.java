package org.lockaudit.core.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

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
import org.lockaudit.core.program.GroupedPass;
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

    /** Where a run's contexts for its callees in other components go ({@link #offer}, or a buffer of them). */
    private interface Offers {
        void offer(FunctionId callee, String key, Ctx ctx);
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

    /** A context one run passed to a callee: {@code incoming.get(callee).putIfAbsent(key, ctx)}. */
    private record Passed(FunctionId callee, String key, Ctx ctx) {
    }

    /**
     * What a pass remembers per function for the next one over an evolving program ({@code AnalysisSession}): the
     * facts object, recursive component and contexts it was run in, the contexts of each run, and the contexts it
     * passed to its callees, in order. A function whose facts, component and contexts are the same, and that
     * {@code mustRun} does not name (a callee's summary changed), is not run again: what it passed on is passed on
     * again in the same order as a full pass, so its callees see the same contexts. Witness paths are not compared
     * (a run's held locks and call paths do not depend on them).
     */
    public static final class Memo {
        private static final class Entry {
            Function fn;
            List<FunctionId> component;
            List<Ctx> inputs;
            List<AccessContext> contexts;
            List<Passed> passed;
        }

        private final Map<FunctionId, Entry> entries = new HashMap<>();
        private final Set<FunctionId> run = new HashSet<>();
        private final List<FunctionId> order = new ArrayList<>();
        /** The contexts of every function the last pass returned (sorted): copied, then patched, by the next. */
        private TreeMap<FunctionId, List<AccessContext>> out;
        /** The components the last pass went through (the call graph's list: shared while the edges stay). */
        private List<List<FunctionId>> sccs;
        /** Function → its place in {@link #order}; built when the order changes. */
        private Map<FunctionId, Integer> rank;
        /** See {@link #changedOnly}; consumed by the next pass. */
        private Set<FunctionId> changed;

        /** Forgets everything: the next pass runs every function. */
        public void clear() {
            entries.clear();
            out = null;
            sccs = null;
            rank = null;
            changed = null;
        }

        /**
         * Tells the next pass which functions can differ from the last pass: every function {@code mustRun} names
         * and every function whose facts object changed (null: not known). With the same components as the last
         * pass, the next pass then visits only those functions and, in pass order, the callees of a function whose
         * runs passed on other contexts than last time, instead of walking every function comparing what it
         * remembers; the others pass on what they passed last time by construction (see {@link #run}).
         */
        public void changedOnly(Set<FunctionId> functions) {
            changed = functions;
        }

        /** The functions the last pass ran (the others were reused). */
        public Set<FunctionId> lastRun() {
            return run;
        }

        /** Every function of the last pass, in the order it went through them (callers first). */
        public List<FunctionId> order() {
            return order;
        }
    }

    private ContextualAnalysis() {
    }

    /** Runs every function in each of its contexts; returns the contexts of each function. */
    public static Map<FunctionId, List<AccessContext>> run(Engine engine, RunListener listener, IProgressMonitor monitor) {
        return run(engine, listener, monitor, null, f -> true);
    }

    /**
     * As {@link #run(Engine, RunListener, IProgressMonitor)}; with a {@code memo}, only the functions that must run
     * again (see {@link Memo}) are run, and {@code listener} observes only their runs. The memo is updated in place;
     * {@link Memo#lastRun()} names the functions run.
     */
    public static Map<FunctionId, List<AccessContext>> run(Engine engine, RunListener listener, IProgressMonitor monitor,
            Memo memo, Predicate<FunctionId> mustRun) {
        CallGraph cg = engine.callGraph();
        List<List<FunctionId>> sccs = cg.bottomUpComponents();
        SubMonitor sub = SubMonitor.convert(monitor, "Following calling contexts", sccs.size());
        Map<FunctionId, Integer> component = cg.componentIndex();
        ArgumentMapping mapping = new ArgumentMapping(engine.program());
        org.lockaudit.core.summary.DeclaredEffects declared = new org.lockaudit.core.summary.DeclaredEffects(
                engine.program());
        LockSetAnalysis analysis = new LockSetAnalysis(engine.effects(),
                org.lockaudit.core.dataflow.FlowBudget.cancelling(monitor)); // hostile: cancel within 200 ms
        Set<FunctionId> changed = memo == null ? null : memo.changed;
        if (memo != null) {
            memo.changed = null;
            if (changed != null && memo.out != null && memo.sccs == sccs && memo.rank != null) {
                return incremental(engine, listener, sub, memo, mustRun, changed, component, mapping, declared,
                        analysis);
            }
        }
        Map<FunctionId, LinkedHashMap<String, Ctx>> incoming = new HashMap<>();
        // with a memo: the last pass's contexts (a sorted copy is linear), patched for the functions run again; the
        // memo's entries are replaced in place (a function's entry is read before its own replacement only)
        TreeMap<FunctionId, List<AccessContext>> out = memo != null && memo.out != null ? new TreeMap<>(memo.out)
                : new TreeMap<>();
        if (memo != null) {
            memo.run.clear();
            memo.order.clear();
            memo.out = null; // until this pass is through
        }
        for (int i = sccs.size() - 1; i >= 0; i--) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<FunctionId> scc = sccs.get(i);
            for (FunctionId f : scc) {
                Function fn = engine.program().function(f);
                List<Ctx> contexts = contexts(f, incoming.get(f));
                if (memo != null) {
                    memo.order.add(f);
                    Memo.Entry known = reusable(memo, f, fn, scc, contexts, mustRun);
                    if (known != null) {
                        for (Passed p : known.passed) {
                            offer(incoming, p.callee(), p.key(), p.ctx());
                        }
                        if (out.get(f) != known.contexts) {
                            out.put(f, known.contexts);
                        }
                        continue;
                    }
                    memo.run.add(f);
                }
                Memo.Entry e = runContexts(engine, listener, analysis, declared, mapping, component, i, f, fn, scc,
                        contexts, (callee, key, c) -> offer(incoming, callee, key, c), memo != null);
                out.put(f, e.contexts);
                if (memo != null) {
                    memo.entries.put(f, e);
                }
            }
            sub.worked(1);
        }
        if (memo != null) {
            if (out.size() != memo.order.size()) { // functions gone since the last pass: start the table afresh
                out.keySet().retainAll(new HashSet<>(memo.order));
            }
            if (memo.entries.size() > memo.order.size()) {
                memo.entries.keySet().retainAll(new HashSet<>(memo.order));
            }
            memo.out = out;
            if (memo.sccs != sccs) {
                memo.sccs = sccs;
                memo.rank = new HashMap<>();
                for (int i = 0; i < memo.order.size(); i++) {
                    memo.rank.put(memo.order.get(i), i);
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        }
        return out;
    }

    /**
     * The full pass of {@link #run(Engine, RunListener, IProgressMonitor)} on {@code threads} threads: the components
     * of one height of the component graph (0: no caller outside the component, else one more than its highest
     * caller's) are run side by side, one height after the other, each component by one thread. A function's
     * contexts are what its callers offer, and its callers are all of a lower height: each offer is kept with the
     * place of its caller in the sequential pass and applied, in that order, when the function runs, so its contexts
     * are the sequential pass' (the first offer of a key kept, the same order). {@code listener} is called from
     * several threads (each function's runs from one thread, in the sequential order). A height of fewer than
     * {@code minShared} components is run by the calling thread alone. The result equals the sequential pass'.
     */
    public static Map<FunctionId, List<AccessContext>> run(Engine engine, RunListener listener, IProgressMonitor monitor,
            int threads, int minShared) {
        CallGraph cg = engine.callGraph();
        List<List<FunctionId>> sccs = cg.bottomUpComponents();
        Map<FunctionId, Integer> component = cg.componentIndex();
        List<List<Integer>> heights = cg.componentLevels(false);
        if (threads < 2 || heights == null) {
            return run(engine, listener, monitor);
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Following calling contexts", sccs.size());
        ArgumentMapping mapping = new ArgumentMapping(engine.program());
        org.lockaudit.core.summary.DeclaredEffects declared = new org.lockaudit.core.summary.DeclaredEffects(
                engine.program());
        LockSetAnalysis analysis = new LockSetAnalysis(engine.effects(),
                org.lockaudit.core.dataflow.FlowBudget.cancelling(monitor));
        // per function, the offers its callers made: (caller's component, its offer's number in that component's run)
        Map<FunctionId, List<Offered>> offered = new java.util.concurrent.ConcurrentHashMap<>();
        Map<FunctionId, List<AccessContext>> out = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.Consumer<Integer> runComponent = i -> {
            List<FunctionId> scc = sccs.get(i);
            int[] seq = {0};
            Offers buffer = (callee, key, c) -> offered.computeIfAbsent(callee,
                    k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(new Offered(i, seq[0]++, key, c));
            for (FunctionId f : scc) {
                Function fn = engine.program().function(f);
                Map<FunctionId, LinkedHashMap<String, Ctx>> incoming = new HashMap<>();
                List<Offered> mine = offered.get(f);
                if (mine != null) {
                    List<Offered> ordered = new ArrayList<>(mine);
                    ordered.sort(java.util.Comparator.comparingInt((Offered o) -> -o.component())
                            .thenComparingInt(Offered::seq));
                    for (Offered o : ordered) {
                        offer(incoming, f, o.key(), o.ctx());
                    }
                }
                Memo.Entry e = runContexts(engine, listener, analysis, declared, mapping, component, i, f, fn, scc,
                        contexts(f, incoming.get(f)), buffer, false);
                out.put(f, e.contexts);
            }
        };
        GroupedPass.run(heights, threads, minShared, "lockaudit-contexts", runComponent, sub::isCanceled);
        sub.worked(sccs.size());
        return new TreeMap<>(out);
    }

    /** An offer buffered for its callee: its caller's component, its number in that component's run, key, context. */
    private record Offered(int component, int seq, String key, Ctx ctx) {
    }

    /**
     * The memo's entry of {@code f} when its last run can stand for this pass': the same definition, component and
     * offered contexts, and {@code mustRun} does not name it; else null.
     */
    private static Memo.Entry reusable(Memo memo, FunctionId f, Function fn, List<FunctionId> scc, List<Ctx> contexts,
            Predicate<FunctionId> mustRun) {
        Memo.Entry known = memo.entries.get(f);
        return known != null && known.fn == fn && !mustRun.test(f) && known.component.equals(scc)
                && known.inputs.equals(contexts) ? known : null;
    }

    /**
     * Runs {@code f} in each of {@code contexts} and offers what each run passes to the callees in other components
     * to {@code incoming}; the result as a memo entry ({@code passed} recorded only when {@code keepPassed}).
     */
    private static Memo.Entry runContexts(Engine engine, RunListener listener, LockSetAnalysis analysis,
            org.lockaudit.core.summary.DeclaredEffects declared, ArgumentMapping mapping,
            Map<FunctionId, Integer> component, int own, FunctionId f, Function fn, List<FunctionId> scc,
            List<Ctx> contexts, Offers incoming, boolean keepPassed) {
        List<AccessContext> list = new ArrayList<>();
        List<Passed> passed = keepPassed ? new ArrayList<>() : null;
        for (Ctx ctx : contexts) {
            list.add(ctx.context());
            FunctionFlow flow = analysis.run(f, fn, LockState.entry(declaredHeld(declared, f, fn, ctx.entry())),
                    listener.listenerFor(f, fn, ctx.context(), ctx.entry()));
            propagate(engine, f, fn, ctx, flow, component, own, mapping, incoming, passed);
        }
        Memo.Entry e = new Memo.Entry();
        e.fn = fn;
        e.component = scc;
        e.inputs = contexts;
        e.contexts = List.copyOf(list);
        e.passed = passed;
        return e;
    }

    /**
     * The pass of {@link #run} over the same components as the memo's last pass, visiting only what can differ:
     * the functions of {@code changed} and, transitively, the callees of a function whose runs passed on other
     * contexts than last time (or that it no longer passes to), in pass order (callers first: a function's callers
     * in other components all come before it). A visited function's contexts are those a full pass would give it:
     * the contexts its callers passed to it, taken in pass order of the callers, each caller's in the order it
     * passed them (the callers visited in this pass passed theirs already; the others pass what their memo entry
     * says, which a full pass would offer again unchanged), so {@link #offer} meets them in a full pass' order.
     * It is then run again or reused under the same rule as in a full pass. A function not visited has the
     * contexts of its last pass: none of its callers passes anything new, and it is neither changed nor named by
     * {@code mustRun}, so a full pass would reuse it too.
     */
    private static Map<FunctionId, List<AccessContext>> incremental(Engine engine, RunListener listener,
            SubMonitor sub, Memo memo, Predicate<FunctionId> mustRun, Set<FunctionId> changed,
            Map<FunctionId, Integer> component, ArgumentMapping mapping,
            org.lockaudit.core.summary.DeclaredEffects declared, LockSetAnalysis analysis) {
        CallGraph cg = engine.callGraph();
        List<List<FunctionId>> sccs = cg.bottomUpComponents();
        Map<FunctionId, Integer> rank = memo.rank;
        TreeMap<FunctionId, List<AccessContext>> out = new TreeMap<>(memo.out);
        memo.run.clear();
        memo.out = null; // until this pass is through
        org.lockaudit.core.program.PassOrderQueue queue = new org.lockaudit.core.program.PassOrderQueue(rank, memo.order);
        changed.forEach(queue::add);
        for (FunctionId f = queue.next(sub); f != null; f = queue.next(sub)) {
            int own = component.get(f);
            List<FunctionId> scc = sccs.get(own);
            Function fn = engine.program().function(f);
            List<Ctx> contexts = contexts(f, passedTo(f, cg, component, own, rank, memo));
            Memo.Entry known = memo.entries.get(f);
            if (reusable(memo, f, fn, scc, contexts, mustRun) != null) {
                if (out.get(f) != known.contexts) {
                    out.put(f, known.contexts);
                }
                continue;
            }
            memo.run.add(f);
            Memo.Entry e = runContexts(engine, listener, analysis, declared, mapping, component, own, f, fn, scc,
                    contexts, (callee, key, c) -> {
                    }, true);
            List<Passed> passed = e.passed;
            out.put(f, e.contexts);
            memo.entries.put(f, e);
            if (known == null || !known.passed.equals(passed)) {
                // its callees (before and now) may see other contexts: visit them
                for (List<Passed> l : known == null ? List.of(passed) : List.of(known.passed, passed)) {
                    for (Passed p : l) {
                        queue.add(p.callee());
                    }
                }
            }
        }
        sub.worked(sccs.size());
        memo.out = out;
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * What the callers of {@code f} in other components pass to it, offered as a full pass offers it: callers in
     * pass order, each caller's contexts for {@code f} in the order it passed them (from its memo entry, which this
     * pass has already replaced for a caller it ran again).
     */
    private static LinkedHashMap<String, Ctx> passedTo(FunctionId f, CallGraph cg, Map<FunctionId, Integer> component,
            int own, Map<FunctionId, Integer> rank, Memo memo) {
        java.util.TreeMap<Integer, FunctionId> callers = new java.util.TreeMap<>();
        for (CallSite s : cg.callersOf(f)) {
            FunctionId c = s.caller();
            Integer r = rank.get(c);
            if (r != null && component.get(c).intValue() != own) {
                callers.putIfAbsent(r, c);
            }
        }
        Map<FunctionId, LinkedHashMap<String, Ctx>> incoming = new HashMap<>();
        for (FunctionId c : callers.values()) {
            Memo.Entry e = memo.entries.get(c);
            if (e == null) {
                throw new IllegalStateException("no memo entry of " + c);
            }
            for (Passed p : e.passed) {
                if (p.callee().equals(f)) {
                    offer(incoming, f, p.key(), p.ctx());
                }
            }
        }
        return incoming.get(f);
    }

    /**
     * A function declared {@code REQUIRES(mu)} / {@code __must_hold(mu)} runs with {@code mu} held, whatever its
     * callers hold (as in Clang: a caller without it is a precondition-violation at the call).
     */
    private static HeldLockSet declaredHeld(org.lockaudit.core.summary.DeclaredEffects declared, FunctionId f,
            Function fn, HeldLockSet entry) {
        HeldLockSet out = entry;
        for (org.lockaudit.core.dataflow.Requirement r : declared.requirements(f.name(), fn.getParameters())) {
            if (!out.contains(r.lock())) {
                out = out.with(new org.lockaudit.core.dataflow.HeldLock(r.lock(), r.mode(), null, 0,
                        org.lockaudit.core.dataflow.HeldLock.EntryHold.ASSERTED, null));
            }
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
            Map<FunctionId, Integer> component, int own, ArgumentMapping mapping, Offers incoming,
            List<Passed> passed) {
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
                Set<String> unnamed = new java.util.TreeSet<>(ctx.context().heldUnnamed());
                for (HeldLock h : cs.before().must()) {
                    LockId l = mapping.toCallee(h.lock(), calleeFn.getParameters(), cs.call().getArguments());
                    if (l != null) {
                        entry = entry.with(h.withLock(l).asContext(witness));
                    } else if (h.lock().kind() == LockId.Kind.MEMBER && h.lock().bound()) {
                        unnamed.add(h.lock().canonical());
                    }
                }
                String attributed = inlineHeader(calleeFn) ? ctx.context().attributedTo() : callee.name();
                List<String> path = new ArrayList<>(ctx.context().callPath());
                path.add(f.name() + " (" + shortFile(file) + ":" + cs.call().getLine() + ")");
                String key = entry.describe() + "|" + attributed;
                Ctx c = new Ctx(entry, new AccessContext(path, attributed, unnamed));
                incoming.offer(callee, key, c);
                if (passed != null) {
                    passed.add(new Passed(callee, key, c));
                }
            }
        }
    }

    /**
     * A context for {@code callee}: the first one of its key is kept (its call path), and the unnamed caller locks
     * ({@link AccessContext#heldUnnamed}) of every context met under that key are intersected into it, so they stay
     * held on every path.
     */
    private static void offer(Map<FunctionId, LinkedHashMap<String, Ctx>> incoming, FunctionId callee, String key,
            Ctx c) {
        LinkedHashMap<String, Ctx> in = incoming.computeIfAbsent(callee, k -> new LinkedHashMap<>());
        Ctx known = in.putIfAbsent(key, c);
        if (known != null && !c.context().heldUnnamed().containsAll(known.context().heldUnnamed())) {
            Set<String> both = new java.util.TreeSet<>(known.context().heldUnnamed());
            both.retainAll(c.context().heldUnnamed());
            AccessContext k = known.context();
            in.put(key, new Ctx(known.entry(), new AccessContext(k.callPath(), k.attributedTo(), both)));
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
