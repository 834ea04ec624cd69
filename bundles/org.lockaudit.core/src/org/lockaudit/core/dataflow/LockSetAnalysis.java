package org.lockaudit.core.dataflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Condition;
import org.lockaudit.core.facts.ConditionKind;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.IrqOperation;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.LocalAssignment;
import org.lockaudit.core.facts.Return;
import org.lockaudit.core.lockapi.LockApi;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * Held locks at every point of one function: a worklist over its CFG to a fixpoint, then one observing pass over
 * the stable states that reports every event to a {@link LockSetListener}.
 *
 * <p>Per CFG node the analysis keeps a few {@link LockState}s, one per distinct set of lock facts (property
 * simulation, as in ESP: states that agree on the locks are joined, keeping the local facts both know; states that
 * differ on the locks stay apart with their own local facts), so a branch on a local correlates with a later branch
 * on the same local (conditional locking, try-lock results kept in a local) however many unrelated locals the
 * function tests in between. Limit: two locals correlated with each other but not with any lock difference are
 * forgotten at the join (a later test of one says nothing of the other).
 * Try-locks, held-ness queries and calls whose effect depends on their result (try-lock wrappers, predicate
 * functions) split the state into a success and a failure outcome, routed by the branch that tests the result,
 * the local it is stored in, or the class of the value returned.
 */
public final class LockSetAnalysis {
    /** {@code 0}, {@code false}, {@code NULL}: false; a non-zero integer or {@code true}: true; else null. */
    public static Boolean constantTruth(String arg) {
        if (arg.equals("false") || arg.equals("NULL") || arg.matches("0+[uUlL]*") || arg.equals("((void*)0)")) {
            return false;
        }
        if (arg.equals("true") || arg.matches("[1-9][0-9]*[uUlL]*")) {
            return true;
        }
        return null;
    }

    /** A plain variable name: a lock's base {@code d} of {@code &d->lock}, a local {@code busy} of {@code &busy}. */
    static boolean identifier(String t) {
        if (t == null || t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!(ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || i > 0 && ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Distinct lock-fact states kept per node before they are merged into one. */
    static final int MAX_SPLITS = 8;
    /** Visits per node before the fixpoint gives up (a safety net: the lattice is finite). */
    static final int MAX_VISITS_PER_NODE = 200;

    /** A global or a member chain: {@code opt_noreboot}, {@code d->is_dying}, {@code s.flags}. */
    private static final java.util.regex.Pattern STABLE_CHAIN = java.util.regex.Pattern
            .compile("[A-Za-z_]\\w*(?:(?:->|\\.)[A-Za-z_]\\w*)*");

    private final CallEffects effects;
    private final FlowBudget budget;

    public LockSetAnalysis(CallEffects effects) {
        this(effects, FlowBudget.DEFAULT);
    }

    /** An analysis that keeps to {@code budget}'s limits, reports to it what it could not finish, and can be cancelled. */
    public LockSetAnalysis(CallEffects effects, FlowBudget budget) {
        this.effects = effects;
        this.budget = budget == null ? FlowBudget.DEFAULT : budget;
    }

    /** A state in flight through one node: outcomes of result-producing events so far, requirements pending. */
    private record Work(LockState state, Map<Integer, Boolean> outcomes, List<Requirement> assumed) {
        Work with(LockState s) {
            return new Work(s, outcomes, assumed);
        }

        Work outcome(int event, boolean nonZero, LockState s, Requirement assumedReq) {
            Map<Integer, Boolean> o = new HashMap<>(outcomes);
            o.put(event, nonZero);
            List<Requirement> a = assumed;
            if (assumedReq != null) {
                a = new ArrayList<>(assumed);
                a.add(assumedReq);
            }
            return new Work(s, o, a);
        }
    }

    private record Edge(int target, LockState state) {
    }

    /** Runs the analysis on {@code fn} from {@code entry}, reporting the stable states to {@code listener}. */
    public FunctionFlow run(FunctionId id, org.lockaudit.core.facts.Function fn, LockState entry,
            LockSetListener listener) {
        FunctionFlow flow = new FunctionFlow(id);
        int n = fn.getNodes().size();
        if (n == 0) {
            return flow;
        }
        int maxNodes = budget.limits().maxCfgNodes();
        if (maxNodes > 0 && n > maxNodes) {
            flow.markIncomplete();
            budget.incomplete(id, String.format("CFG budget exceeded: %,d nodes (limit maxCfgNodes %,d);"
                    + " function not analysed", n, maxNodes));
            return flow;
        }
        int maxVisits = budget.maxNodeVisits(MAX_VISITS_PER_NODE);
        long deadline = budget.deadline();
        long steps = 0;
        boolean timedOut = false;
        java.util.Set<Long> deadEnds = effects.inferredDeadEnds(id);
        Run run = new Run(id, fn, reachesExit(fn, deadEnds), deadEnds);
        @SuppressWarnings("unchecked")
        Map<LockState, LockState>[] in = new Map[n];
        int[] level = new int[n];
        BranchScopes scopes = BranchScopes.of(fn);
        java.util.Set<String> relevant = lockRelevant(id, scopes, effects);
        int[] visits = new int[n];
        for (int i = 0; i < n; i++) {
            in[i] = new LinkedHashMap<>();
        }
        in[0].put(key(entry, relevant, 0), entry);
        java.util.NavigableSet<Long> thresholds = scopes.thresholds;
        TreeSet<Integer> worklist = new TreeSet<>();
        worklist.add(0);
        while (!worklist.isEmpty()) {
            if ((++steps & 63) == 0) {
                budget.checkCanceled();
                if (System.nanoTime() > deadline) {
                    timedOut = true;
                    flow.markIncomplete();
                    budget.incomplete(id, String.format("dataflow budget exceeded: no fixpoint after %s"
                            + " (limit functionTimeout); findings in this function are not reported",
                            budget.limits().functionTimeoutMillis() + " ms"));
                    break;
                }
            }
            int node = worklist.pollFirst();
            if (++visits[node] > maxVisits) {
                if (!flow.incomplete()) {
                    budget.incomplete(id, String.format("dataflow budget exceeded: a CFG node was visited more"
                            + " than %,d times (limit maxNodeVisits); results may be partial", maxVisits));
                }
                flow.markIncomplete();
                continue;
            }
            LockState siblings = joinAll(in[node]);
            for (LockState s : new ArrayList<>(in[node].values())) {
                for (Edge e : run.transfer(fn.getNodes().get(node), s, siblings, null)) {
                    if (e.target() >= 0 && e.target() < n
                            && merge(in, level, e.target(), e.state(), relevant,
                                    e.target() <= node || visits[e.target()] > 8 ? thresholds : null)) {
                        worklist.add(e.target());
                    }
                }
            }
        }
        // States of an abandoned fixpoint are not stable: the checkers do not see them.
        LockSetListener observer = listener == null || timedOut ? flow : LockSetListener.all(List.of(flow, listener));
        for (int node = 0; node < n; node++) {
            List<LockState> states = new ArrayList<>(in[node].values());
            states.sort(Comparator.comparing(s -> s.locals().toString()));
            LockState siblings = joinAll(in[node]);
            for (LockState s : states) {
                run.transfer(fn.getNodes().get(node), s, siblings, observer);
            }
        }
        return flow;
    }

    private static LockState joinAll(Map<LockState, LockState> states) {
        LockState all = null;
        for (LockState x : states.values()) {
            all = all == null ? x : all.join(x);
        }
        return all;
    }

    /**
     * The split key: the state's lock facts without its local facts (equality ignores the witness trails) nor its
     * interrupt state: states that differ only there are joined (the interrupt state is a plain may/must dataflow
     * fact, and never splits the lock facts' paths).
     */
    private static LockState shape(LockState s) {
        return s.splitShape();
    }

    /**
     * The split key at a node of split {@code level}: 0, the lock facts and the facts on the lock-relevant locals
     * ({@link #lockRelevant}); 1, the lock facts only; 2, nothing (one state, without local facts).
     */
    private static LockState key(LockState s, java.util.Set<String> relevant, int level) {
        return level == 0 && !relevant.isEmpty() ? shape(s).withLocals(s.locals().restrict(relevant)) : shape(s);
    }

    /**
     * Locals whose test decides, within a few nodes, whether a lock operation runs ({@code if (d2 != NULL) { if (d1
     * != d2) write_unlock(&d2->lock); }}, {@code if (ret) return; spin_unlock(..)}): paths that hold the same locks
     * but know different things of them are kept apart, so the correlation survives the join of two such paths
     * (an early {@code goto out} with {@code d2 == NULL} and a later one with {@code d1 == d2}). A call whose
     * callee changes the caller's locks ({@code if (locked) item_unlock(hv);}) counts as a lock operation. Heuristic
     * and limit: "a few" is 4 nodes forward of either branch; a test that decides a lock operation further away is
     * joined as before. The branches' reach is found once per facts object ({@link BranchScopes}); the calls' effects
     * are asked at every run (summaries change during the fixpoint).
     */
    static java.util.Set<String> lockRelevant(FunctionId id, BranchScopes scopes, CallEffects effects) {
        if (scopes.nearCalls.isEmpty()) {
            return scopes.nearLockOperation;
        }
        java.util.Set<String> out = new java.util.HashSet<>(scopes.nearLockOperation);
        for (Map.Entry<String, List<BranchScopes.NearCall>> e : scopes.nearCalls.entrySet()) {
            for (BranchScopes.NearCall c : e.getValue()) {
                if (changesLocks(effects.effectsOf(id, c.node(), c.index(), c.call()))) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    /** A call whose callee changes the caller's locks (a wrapper: {@code item_unlock(hv)}), on some outcome. */
    private static boolean changesLocks(List<CallEffect> effs) {
        for (CallEffect e : effs) {
            if (!e.any().isEmpty() || !e.onZero().isEmpty() || !e.onNonZero().isEmpty() || e.conditional() != null
                    || e.isPredicate()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Joins {@code s} into the states at {@code target}; {@code widenAt} (the function's thresholds) when the edge
     * goes back to a loop head (a node built before its source), where growing ranges are widened. Beyond
     * {@link #MAX_SPLITS} states a node drops a split level ({@link #key}).
     */
    private static boolean merge(Map<LockState, LockState>[] in, int[] level, int target, LockState s,
            java.util.Set<String> relevant, java.util.NavigableSet<Long> widenAt) {
        LockState key = key(s, relevant, level[target]);
        LockState old = in[target].get(key);
        LockState next = old == null ? s : old.join(s);
        if (old != null && widenAt != null && !next.locals().ranges().isEmpty()) {
            next = next.withLocals(next.locals().widen(old.locals(), widenAt));
        }
        if (old != null && old.equals(next)) {
            return false;
        }
        in[target].put(key, next);
        if (in[target].size() > MAX_SPLITS && level[target] == 0) {
            level[target] = 1;
            Map<LockState, LockState> rekeyed = new LinkedHashMap<>();
            for (LockState x : in[target].values()) {
                rekeyed.merge(shape(x), x, LockState::join);
            }
            in[target].clear();
            in[target].putAll(rekeyed);
        }
        if (in[target].size() > MAX_SPLITS) {
            // one state: the lock facts joined, and the local facts every path agrees on
            level[target] = 2;
            LockState all = null;
            for (LockState x : in[target].values()) {
                all = all == null ? x : all.join(x);
            }
            in[target].clear();
            in[target].put(shape(all), all);
        }
        return true;
    }

    /**
     * Nodes from which the exit is reachable; the others are dead ends (failed assertions, BUG(), panic(), and the
     * nodes of {@code deadEnds}: calls to functions inferred never to return).
     */
    private static boolean[] reachesExit(org.lockaudit.core.facts.Function fn, java.util.Set<Long> deadEnds) {
        java.util.Set<Integer> cut = new java.util.HashSet<>();
        for (long k : deadEnds) {
            cut.add((int) (k >>> 32));
        }
        int n = fn.getNodes().size();
        List<List<Integer>> preds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            preds.add(new ArrayList<>());
        }
        for (CfgNode node : fn.getNodes()) {
            if (cut.contains(node.getId())) {
                continue; // its path ends at the call
            }
            for (int s : node.getSuccessors()) {
                if (s >= 0 && s < n) {
                    preds.get(s).add(node.getId());
                }
            }
        }
        boolean[] ok = new boolean[n];
        ArrayDeque<Integer> q = new ArrayDeque<>();
        int exit = fn.getExitNode();
        if (exit >= 0 && exit < n) {
            ok[exit] = true;
            q.add(exit);
        }
        for (CfgNode node : fn.getNodes()) {
            for (Event e : node.getEvents()) {
                if (e instanceof Return && !ok[node.getId()]) {
                    ok[node.getId()] = true;
                    q.add(node.getId());
                }
            }
        }
        while (!q.isEmpty()) {
            for (int p : preds.get(q.poll())) {
                if (!ok[p]) {
                    ok[p] = true;
                    q.add(p);
                }
            }
        }
        return ok;
    }

    /** One function's transfer functions. */
    private final class Run {
        private final FunctionId id;
        private final org.lockaudit.core.facts.Function fn;
        private final boolean[] reachesExit;

        /** Calls to functions inferred never to return ({@link CallEffects#inferredDeadEnds}). */
        private final java.util.Set<Long> deadEnds;

        Run(FunctionId id, org.lockaudit.core.facts.Function fn, boolean[] reachesExit, java.util.Set<Long> deadEnds) {
            this.id = id;
            this.fn = fn;
            this.reachesExit = reachesExit;
            this.deadEnds = deadEnds;
        }

        private boolean deadEnd(CfgNode node, int index) {
            return !deadEnds.isEmpty() && deadEnds.contains(org.lockaudit.core.program.NoReturns.key(node.getId(), index));
        }

        /** {@link OwnerCondition#containers} of this function (lazy). */
        private java.util.Set<String> containers;

        private java.util.Set<String> containers() {
            if (containers == null) {
                containers = OwnerCondition.containers(fn);
            }
            return containers;
        }

        /** Last names of the globals and members this function writes or takes the address of (lazy). */
        private java.util.Set<String> written;

        /**
         * Whether {@code c} tests something this function never changes, so two tests of it on one run of the
         * function agree: a global or member chain ({@code opt_noreboot}, {@code d->is_dying}) that no statement
         * here writes or takes the address of. Heuristic and its limits: a callee, another CPU or an alias may
         * still change it between the two tests (a flag another thread sets while this one waits); calls and
         * anything but a plain chain ({@code test_bit(..)}, {@code a < b}) are never stable.
         */
        private boolean stableCondition(Condition c) {
            if (c.getKind() != ConditionKind.OTHER || !STABLE_CHAIN.matcher(c.getText()).matches()) {
                return false;
            }
            if (written == null) {
                written = new java.util.HashSet<>();
                for (CfgNode n : fn.getNodes()) {
                    for (Event e : n.getEvents()) {
                        if (e instanceof Access a && a.getKind() != AccessKind.READ && a.getTarget() != null) {
                            written.add(a.getTarget().substring(a.getTarget().lastIndexOf('.') + 1));
                        }
                    }
                }
            }
            String text = c.getText();
            int cut = Math.max(text.lastIndexOf('.'), text.lastIndexOf('>'));
            return !written.contains(text.substring(cut + 1));
        }

        private static boolean comparison(Condition c) {
            return c.getKind() == ConditionKind.COMPARISON && c.getVariable() != null && c.getOperator() != null;
        }

        /** Whether the comparison holds on a path with facts {@code f} (null: not known). */
        private static Boolean compare(LocalFacts f, Condition c) {
            if (c.getOther() != null) {
                Boolean eq = f.get(LocalFacts.pair(c.getVariable(), c.getOther()));
                // every arm a Boolean object: a primitive arm would make the switch unbox the null ones
                return eq == null ? null : switch (c.getOperator()) {
                    case "==" -> eq;
                    case "!=" -> Boolean.valueOf(!eq);
                    case "<", ">" -> eq ? Boolean.FALSE : null;
                    default -> eq ? Boolean.TRUE : null; // <=, >=
                };
            }
            return f.compare(c.getVariable(), c.getOperator(), c.getConstant());
        }

        /** The facts once the comparison came out {@code holds}; null when it cannot. */
        private static LocalFacts assume(LocalFacts f, Condition c, boolean holds) {
            if (c.getOther() != null) {
                String pair = LocalFacts.pair(c.getVariable(), c.getOther());
                return switch (c.getOperator()) {
                    case "==" -> f.with(pair, holds);
                    case "!=" -> f.with(pair, !holds);
                    // d1 < d2 holding means they differ; <= failing too
                    case "<", ">" -> holds ? f.with(pair, false) : f;
                    default -> holds ? f : f.with(pair, false);
                };
            }
            return f.assume(c.getVariable(), c.getOperator(), c.getConstant(), holds);
        }

        /** States of the other local-fact splits at this node, joined (see {@link #releasing}). */
        private LockState siblings;

        List<Edge> transfer(CfgNode node, LockState in, LockState siblings, LockSetListener obs) {
            this.siblings = siblings;
            List<Work> cur = List.of(new Work(in, Map.of(), List.of()));
            for (int i = 0; i < node.getEvents().size(); i++) {
                Event ev = node.getEvents().get(i);
                if (cur.size() > 1) {
                    // an event of this node split the path (a try-lock, a conditional callee): the other outcomes
                    // are siblings too
                    LockState all = siblings;
                    for (Work w : cur) {
                        all = all == null ? w.state() : all.join(w.state());
                    }
                    this.siblings = all;
                }
                List<Work> next = new ArrayList<>();
                for (Work w : cur) {
                    next.addAll(apply(node, i, ev, w, obs));
                }
                cur = next;
                if (deadEnd(node, i)) {
                    cur = List.of(); // a call to a function inferred never to return: the path ends here
                    break;
                }
            }
            List<Integer> succ = node.getSuccessors();
            List<Edge> out = new ArrayList<>();
            Condition c = node.getBranch();
            if (c != null && succ.size() == 2) {
                for (Work w : cur) {
                    Boolean truth = null;
                    if (c.getKind() == ConditionKind.CALL_RESULT) {
                        Boolean o = w.outcomes().get(c.getEventIndex());
                        truth = o == null ? null : o ^ c.isNegated();
                    } else if (c.getKind() == ConditionKind.VARIABLE && c.getVariable() != null) {
                        Boolean v = w.state().locals().get(c.getVariable());
                        truth = v == null ? null : v ^ c.isNegated();
                    } else if (comparison(c)) {
                        Boolean v = compare(w.state().locals(), c);
                        truth = v == null ? null : v ^ c.isNegated();
                    }
                    for (int e = 0; e < 2; e++) {
                        boolean edgeTrue = e == 0;
                        if (truth != null && truth != edgeTrue) {
                            continue;
                        }
                        LockState s = w.state();
                        if (c.getKind() == ConditionKind.VARIABLE && c.getVariable() != null) {
                            s = s.withLocals(s.locals().with(c.getVariable(), edgeTrue ^ c.isNegated()));
                        } else if (comparison(c)) {
                            LocalFacts f = assume(s.locals(), c, edgeTrue ^ c.isNegated());
                            if (f == null) {
                                continue; // the comparison cannot come out this way on this path
                            }
                            s = s.withLocals(f);
                        } else if (truth == null && !c.isAssertion()) {
                            // a test of a lock's container that keeps recursion state: both sides kept apart
                            for (String b : OwnerCondition.mentioned(c.getText(), containers())) {
                                s = s.withLocals(s.locals().with(OwnerCondition.key(b, c.getText()), edgeTrue ^ c.isNegated()));
                            }
                        }
                        int target = succ.get(e);
                        boolean passing = target >= 0 && target < reachesExit.length && reachesExit[target];
                        if (c.isAssertion() && passing && obs != null) {
                            for (Requirement r : w.assumed()) {
                                obs.requirement(id, r.when(s.locals().truthsOf(fn.getParameters())));
                            }
                        }
                        if (c.getText() != null && !c.isAssertion()) {
                            boolean value = edgeTrue ^ c.isNegated();
                            Step step = new Step(fn.getFile(), c.getLine(),
                                    "'" + c.getText() + "' is " + (value ? "true" : "false"), s.must());
                            if (stableCondition(c)) {
                                step = step.withFact(new BranchTaken(id.toString(), node.getId(), c.getLine(),
                                        c.getText(), value));
                            }
                            s = s.then(step);
                        }
                        out.add(new Edge(target, s));
                    }
                }
                return out;
            }
            List<Integer> distinct = succ.stream().distinct().toList();
            for (Work w : cur) {
                for (int t : distinct) {
                    out.add(new Edge(t, w.state()));
                }
            }
            return out;
        }

        /**
         * Before a release: a lock this path never touched is normally held by the caller (an unlock wrapper's
         * contract). But when another split of the same node (same program point, other local facts) holds it by
         * this function's own acquisition, this path simply skipped the acquisition: the lock is not held here.
         * Not when that split first released the caller's hold and took the lock again (a drop-and-retake loop:
         * sched_wait_rendezvous_in() unlocking and relocking its caller's lock): there the untouched path still
         * has the caller's hold.
         */
        private LockState releasing(LockState s, LockId lock) {
            if (siblings != null && s.untouched(lock)) {
                HeldLock other = siblings.may().get(lock);
                if (other != null && other.own() && !siblings.releasedMay().contains(lock)) {
                    return s.assumeNotHeld(lock);
                }
            }
            return s;
        }

        private String file(Event e) {
            return e.getFile() != null ? e.getFile() : fn.getFile();
        }

        /** Applies {@code op} to {@code s}, appending a step that shows the held set after it. */
        private LockState stepped(LockState s, Event e, String what, Function<Trail, LockState> op) {
            LockState probe = op.apply(s.trail());
            Step step = new Step(file(e), e.getLine(), what, probe.must());
            return op.apply(s.trail().then(step)).then(step);
        }

        private Step stepBefore(LockState s, Event e, String what) {
            return new Step(file(e), e.getLine(), what, s.must());
        }

        /**
         * The interrupt state after an operation with interrupt effect {@code irq} ({@code flags} its flags
         * variable, if known): a save, disable, enable or restore changes it; a plain release ({@code release}) of a
         * lock this function took with interrupts saved or disabled leaves them disabled, a debt until a restore or
         * an enable ({@link IrqState}).
         */
        private static IrqState interrupts(LockState before, LockId lock, boolean release, IrqEffect irq, String flags,
                String file, int line) {
            IrqState i = before.irq();
            switch (irq == null ? IrqEffect.NONE : irq) {
                case SAVE:
                    return i.save(flags);
                case DISABLE:
                    return i.disable();
                case ENABLE:
                    if (release && lock != null && !i.disabledHere()) {
                        HeldLock h = before.may().get(lock);
                        if (h != null && h.own() && h.irq() == IrqEffect.NONE) {
                            return i.enableUnmatched(lock, file, line);
                        }
                    }
                    return i.enable();
                case RESTORE:
                    return i.restore(flags);
                default:
                    if (release && lock != null) {
                        HeldLock h = before.may().get(lock);
                        if (h != null && h.own() && (h.irq() == IrqEffect.SAVE || h.irq() == IrqEffect.DISABLE)) {
                            return i.owe(lock, file, line);
                        }
                    }
                    return i;
            }
        }

        /** The flags variable of a lock operation that saves or restores interrupts, if known. */
        private static String irqFlags(LockOperation op) {
            if (op.getIrqFlags() != null) {
                return op.getIrqFlags();
            }
            return op.getIrq() == IrqEffect.SAVE ? op.getResultVariable() : null;
        }

        private List<Work> apply(CfgNode node, int index, Event ev, Work w, LockSetListener obs) {
            LockState s = w.state();
            if (ev instanceof LockOperation op) {
                return lockOperation(node, index, op, w, obs);
            } else if (ev instanceof IrqOperation io) {
                String what = (io.getApi() != null ? io.getApi() : "irq") + ": " + switch (io.getIrq()) {
                    case SAVE -> "saves interrupts" + (io.getFlags() != null ? " into " + io.getFlags() : "") + " and disables them";
                    case RESTORE -> "restores interrupts" + (io.getFlags() != null ? " from " + io.getFlags() : "");
                    case DISABLE -> "disables interrupts";
                    case ENABLE -> "enables interrupts";
                    default -> "leaves interrupts";
                };
                if (obs != null) {
                    obs.interrupts(id, s, io.getIrq(), io.getFlags(), null, stepBefore(s, io, what));
                }
                IrqState after = interrupts(s, null, false, io.getIrq(), io.getFlags(), file(io), io.getLine());
                return List.of(w.with(stepped(s, io, what, t -> s.withIrq(after))));
            } else if (ev instanceof Call call) {
                return call(node, index, call, w, obs);
            } else if (ev instanceof Access a) {
                if (obs != null) {
                    String verb = a.getKind() == AccessKind.READ ? "reads " : a.getKind() == AccessKind.WRITE ? "writes " : "takes the address of ";
                    obs.access(id, s, a, stepBefore(s, a, verb + a.getTarget()));
                }
                if (a.getKind() != AccessKind.READ && a.getTarget() != null && !s.locals().nonZero().isEmpty()) {
                    String field = a.getTarget().substring(a.getTarget().lastIndexOf('.') + 1);
                    return List.of(w.with(s.withLocals(s.locals().withoutMember(field))));
                }
                return List.of(w);
            } else if (ev instanceof Return r) {
                return List.of(ret(node, r, w, obs));
            } else if (ev instanceof LocalAssignment a && (a.isConstant() || a.isIncrement())) {
                // an integer local's new value: its range (no lock is named through an integer)
                LocalFacts f = a.isConstant() ? s.locals().withValue(a.getTarget(), a.getConstantValue())
                        : s.locals().increment(a.getTarget(), a.getConstantValue());
                return List.of(w.with(s.withLocals(f)));
            } else if (ev instanceof LocalAssignment a) {
                LockId points = a.getLock() != null ? s.bind(LockId.of(a.getLock(), id)) : null;
                // the variable's new value: what was known of its old one (a tested result) no longer holds
                LocalFacts facts = a.isCallResult() ? s.locals()
                        : a.isZero() ? s.locals().without(a.getTarget()).with(a.getTarget(), false)
                        : a.getSource() != null ? s.locals().copy(a.getTarget(), a.getSource())
                        : s.locals().without(a.getTarget());
                return List.of(w.with(s.assign(a.getTarget(), a.getSource(), a.getLine(), points, a.isCallResult())
                        .withLocals(facts)));
            }
            return List.of(w);
        }

        private void interruptsOf(LockOperation op, LockState s, LockId lock, String api, LockSetListener obs) {
            if (op.getIrq() != null && op.getIrq() != IrqEffect.NONE) {
                obs.interrupts(id, s, op.getIrq(), irqFlags(op), lock, stepBefore(s, op, api + ": " + lock.display()));
            }
        }

        private List<Work> lockOperation(CfgNode node, int index, LockOperation op, Work w, LockSetListener obs) {
            LockState s = w.state();
            if (op.getLock() == null) {
                return List.of(w);
            }
            LockId named = LockId.of(op.getLock(), id);
            if (identifier(named.base())
                    && s.locals().get(named.base()) == null) {
                // spin_lock(&d->lock) dereferences d: from here on d is not NULL (if (d != NULL) unlock(..) later
                // is taken). Heuristic: the base is a plain local or parameter name; a struct object (obj.lock) is
                // never tested as a pointer, so the fact is harmless there.
                return lockOperation(node, index, op, w.with(s.withLocals(s.locals().with(named.base(), true))), obs);
            }
            LockId bound = s.bind(named);
            LockId lock = op.getOp() == LockOpKind.RELEASE ? s.releasedInstance(bound) : bound;
            String api = op.getApi() != null ? op.getApi() : op.getOp().getLiteral().toLowerCase();
            LockMode mode = op.getMode();
            switch (op.getOp()) {
                case ACQUIRE: {
                    if (obs != null) {
                        obs.acquire(id, s, lock, mode, op.getIrq(), false,
                                stepBefore(s, op, api + ": acquires " + lock.display()), null, List.of());
                        interruptsOf(op, s, lock, api, obs);
                    }
                    IrqState irqAfter = interrupts(s, lock, false, op.getIrq(), irqFlags(op), file(op), op.getLine());
                    LockState taken = stepped(s, op, api + ": acquires " + lock.display(),
                            t -> s.acquire(lock, mode, op.getIrq(), t).withIrq(irqAfter));
                    if (!op.isSuccessWhenNonZero() && resultTested(node, index, op)) {
                        // pthread_mutex_lock's result tested (rc = ...; if (rc) return -1;): on a non-zero result
                        // the lock was not taken, as for a try-lock. An ignored result is a plain acquisition.
                        LockState failed = stepped(s, op, api + " fails", t -> s);
                        return List.of(outcome(w, index, false, taken, op.getResultVariable(), null),
                                outcome(w, index, true, failed, op.getResultVariable(), null));
                    }
                    return List.of(w.with(taken));
                }
                case RELEASE: {
                    LockState s0 = releasing(s, lock);
                    if (s0 != s) {
                        return lockOperation(node, index, op, w.with(s0), obs);
                    }
                    if (obs != null) {
                        obs.release(id, s, lock, mode, op.getIrq(), stepBefore(s, op, api + ": releases " + lock.display()),
                                null, List.of());
                        interruptsOf(op, s, lock, api, obs);
                    }
                    IrqState irqAfter = interrupts(s, lock, true, op.getIrq(), irqFlags(op), file(op), op.getLine());
                    return List.of(w.with(stepped(s, op, api + ": releases " + lock.display(),
                            t -> s.release(lock).withIrq(irqAfter))));
                }
                case TRY_ACQUIRE: {
                    if (obs != null) {
                        obs.acquire(id, s, lock, mode, op.getIrq(), true,
                                stepBefore(s, op, api + ": tries " + lock.display()), null, List.of());
                        interruptsOf(op, s, lock, api, obs);
                    }
                    IrqState irqAfter = interrupts(s, lock, false, op.getIrq(), irqFlags(op), file(op), op.getLine());
                    boolean successValue = op.isSuccessWhenNonZero();
                    HeldLock already = s.must().get(lock);
                    if (already != null && already.own() && !already.reentrantFor(mode)) {
                        // Trying a lock this CPU holds (not nesting) always fails.
                        return List.of(outcome(w, index, !successValue, s, op.getResultVariable(), null));
                    }
                    LockState ok = stepped(s, op, api + " succeeds: acquires " + lock.display(),
                            t -> s.acquire(lock, mode, op.getIrq(), t).withIrq(irqAfter));
                    // A failed try-lock: not taken by this path (a lock untouched so far is then known not held).
                    LockState failed = stepped(s, op, api + " fails",
                            t -> s.untouched(lock) ? s.assumeNotHeld(lock) : s);
                    return List.of(outcome(w, index, successValue, ok, op.getResultVariable(), null),
                            outcome(w, index, !successValue, failed, op.getResultVariable(), null));
                }
                case IS_HELD:
                    return query(index, op, lock, mode, api, false, w, op.getResultVariable());
                case ASSERT_HELD: {
                    if (s.held(lock)) {
                        return List.of(w);
                    }
                    if (obs != null && s.untouched(lock)) {
                        obs.requirement(id, new Requirement(lock, mode, "asserted by " + api,
                                List.of(stepBefore(s, op, api + ": asserts " + lock.display() + " held"))));
                    }
                    return List.of(w.with(stepped(s, op, api + ": asserts " + lock.display() + " held",
                            t -> s.assumeHeld(lock, mode, t))));
                }
                case ASSERT_NOT_HELD:
                    return List.of(w.with(s.assumeNotHeld(lock)));
                default:
                    return List.of(w);
            }
        }

        /** Whether the result of the operation at {@code index} is kept in a variable or tested by the node's branch. */
        private static boolean resultTested(CfgNode node, int index, LockOperation op) {
            return op.getResultVariable() != null
                    || node.getBranch() != null && node.getBranch().getEventIndex() == index;
        }

        /** A held-ness query (or a predicate function's call): splits into held / not held. */
        private List<Work> query(int index, Event e, LockId lock, LockMode mode, String api, boolean negated, Work w,
                String resultVariable) {
            LockState s = w.state();
            boolean heldValue = !negated;
            if (s.held(lock)) {
                return List.of(outcome(w, index, heldValue, s, resultVariable, null));
            }
            Requirement assumed = s.untouched(lock)
                    ? new Requirement(lock, mode, "asserted with " + api + "()",
                            List.of(stepBefore(s, e, "asserts " + api + "(): " + lock.display() + " held")))
                    : null;
            LockState held = stepped(s, e, api + "(): " + lock.display() + " is held", t -> s.assumeHeld(lock, mode, t));
            LockState notHeld = s.assumeNotHeld(lock);
            return List.of(outcome(w, index, heldValue, held, resultVariable, assumed),
                    outcome(w, index, !heldValue, notHeld, resultVariable, null));
        }

        private Work outcome(Work w, int index, boolean nonZero, LockState s, String resultVariable, Requirement assumed) {
            if (resultVariable != null) {
                s = s.withLocals(s.locals().without(resultVariable).with(resultVariable, nonZero));
            }
            return w.outcome(index, nonZero, s, assumed);
        }

        private List<Work> call(CfgNode node, int index, Call call, Work w, LockSetListener obs) {
            LockState s = w.state();
            if (LockApi.SET_LOCAL.equals(call.getCallee()) && call.getResultVariable() != null) {
                boolean nonZero = call.getArguments().isEmpty() || !call.getArguments().get(0).equals("0");
                return List.of(w.with(s.withLocals(s.locals().without(call.getResultVariable())
                        .with(call.getResultVariable(), nonZero))));
            }
            if (call.getCallee() != null && ResultConvention.ERROR_TESTS.contains(call.getCallee())
                    && call.getArguments().size() == 1) {
                // IS_ERR(p) of an error-pointer function's result: the path knows (ResultConvention)
                Boolean failed = s.locals().get(ResultConvention.errorFact(LockId.normaliseBase(call.getArguments().get(0))));
                if (failed != null) {
                    return List.of(outcome(w, index, failed, s, call.getResultVariable(), null));
                }
            }
            List<CallEffect> effs = bound(s, effects.effectsOf(id, node.getId(), index, call));
            String name = call.getCallee() != null ? call.getCallee() : call.getViaField();
            Step at = stepBefore(s, call, "calls " + name + "()")
                    .withFact(new CallDescent(name, call.getCallee() == null, effs.size(), takenByAll(effs),
                            call.isNoReturn() || deadEnd(node, index)));
            if (obs != null) {
                obs.call(id, s, call, effs, at);
                for (CallEffect e : effs) {
                    for (InsideAcquire ia : e.insideAcquires()) {
                        // the callee drops the caller's holds it releases before this acquisition: neither a
                        // self-deadlock on them nor an order after them
                        LockState inside = s;
                        for (LockId dropped : ia.releasedBefore()) {
                            inside = inside.release(inside.releasedInstance(dropped));
                        }
                        // the other instances of its class the callee holds when it takes this one (transfer(x, y)
                        // holds x's lock when it takes y's); the same instance twice is left to the callee's checks
                        for (LockId with : ia.heldWith()) {
                            if (!with.equals(ia.lock()) && !inside.may().contains(with)) {
                                inside = inside.acquire(with, LockMode.EXCLUSIVE, IrqEffect.NONE, inside.trail());
                            }
                        }
                        obs.acquire(id, inside, ia.lock(), ia.mode(), ia.irq(), false, at, e.callee(), ia.path());
                    }
                }
            }
            if (effs.isEmpty()) {
                return List.of(w.with(s.withLocals(s.locals().without(call.getResultVariable()))));
            }
            if (effs.size() == 1 && effs.get(0).returnsLock() != null && call.getResultVariable() != null) {
                // p = item_trylock(hv): p points to the lock the callee returns
                s = s.pointTo(call.getResultVariable(), effs.get(0).returnsLock());
                w = w.with(s);
            }
            if (effs.size() == 1) {
                CallEffect e = effs.get(0);
                if (e.isPredicate()) {
                    return query(index, call, e.predicateOf(), LockMode.EXCLUSIVE, name, e.predicateNegated(), w,
                            call.getResultVariable());
                }
                if (e.conditional() != null) {
                    List<Work> split = conditional(w, call, name, e, at, obs);
                    if (split != null) {
                        return split;
                    }
                }
                if (e.tryStyle()) {
                    LockState nz = changes(s, call, name, e, e.onNonZero(), at, obs);
                    LockState z = changes(s, call, name, e, e.onZero(), at, obs);
                    // like a failed try-lock: the outcome that did not take a lock the other takes, on a path
                    // that never touched it, knows it is not held
                    nz = notTaken(nz, e.onZero(), e.onNonZero());
                    z = notTaken(z, e.onNonZero(), e.onZero());
                    String result = call.getResultVariable();
                    if (e.errorPointer() && result != null) {
                        // p = lookup(): success is a pointer, failure an error pointer (non-zero too): only
                        // IS_ERR(p) tells them apart
                        String err = ResultConvention.errorFact(result);
                        nz = nz.withLocals(nz.locals().without(result).with(result, true).with(err, false));
                        z = z.withLocals(z.locals().without(result).with(err, true));
                        return List.of(w.outcome(index, true, nz, null), w.outcome(index, false, z, null));
                    }
                    return List.of(outcome(w, index, true, nz, result, null),
                            outcome(w, index, false, z, result, null));
                }
                LockState after = changes(s, call, name, e, e.any(), at, obs);
                return List.of(w.with(after.withLocals(after.locals().without(call.getResultVariable()))));
            }
            // Several candidates (a call through an ops table resolved to every implementation): only what all of
            // them do reaches the caller. Joining each candidate's outcome would make a lock "held on some paths"
            // that no path of the program holds (one implementation releases the caller's lock, another does not,
            // and the call site runs exactly one of them) and report it as the caller's inconsistent return.
            // Limit: a caller whose object always binds one implementation is not checked against its effect.
            List<LockChange> common = null;
            CallEffect first = effs.get(0);
            for (CallEffect e : effs) {
                List<LockChange> mine = mustChanges(e.any());
                if (common == null) {
                    common = new ArrayList<>(mine);
                } else {
                    common.removeIf(c -> mine.stream().noneMatch(m -> m.kind() == c.kind() && m.lock().equals(c.lock())));
                }
            }
            LockState after = changes(s, call, name, first, common, at, obs);
            return List.of(w.with(after.withLocals(after.locals().without(call.getResultVariable()))));
        }

        /**
         * A call whose effect one argument's truth decides ({@link ParameterCondition}): a constant argument picks
         * the side; a plain local picks it when its truth is known here, else splits the path into both sides and
         * records the local's truth on each, so a later {@code if (local)} follows the same side. Null when the
         * argument is an expression the analysis does not follow (the callee's must effect applies then).
         */
        private List<Work> conditional(Work w, Call call, String name, CallEffect e, Step at, LockSetListener obs) {
            ParameterCondition c = e.conditional();
            if (c.parameter() >= call.getArguments().size()) {
                return null;
            }
            if (c.out()) {
                return outParameter(w, call, name, e, c, at, obs);
            }
            String arg = LockId.normaliseBase(call.getArguments().get(c.parameter()));
            LockState s = w.state();
            Boolean truth = constantTruth(arg);
            boolean plainLocal = arg.matches("[A-Za-z_]\\w*") && truth == null;
            if (truth == null && plainLocal) {
                truth = s.locals().get(arg);
            }
            if (truth != null) {
                LockState after = changes(s, call, name, e, c.when(truth), at, obs);
                return List.of(w.with(after.withLocals(after.locals().without(call.getResultVariable()))));
            }
            if (!plainLocal) {
                return null;
            }
            List<Work> out = new ArrayList<>(2);
            for (boolean side : new boolean[] {true, false}) {
                List<LockChange> effect = c.when(side);
                LockState taken = s.then(new Step(file(call), call.getLine(), "'" + arg + "' is "
                        + (side ? "non-zero" : "zero") + ": " + name + "() "
                        + (effect.isEmpty() ? "leaves the locks as they are"
                                : String.join(", ", effect.stream().map(LockChange::describe).toList()))
                        + " (it decides by its " + c.name() + ")", s.must()));
                LockState after = changes(taken, call, name, e, c.when(side), at, obs);
                after = after.withLocals(after.locals().with(arg, side).without(call.getResultVariable()));
                out.add(w.with(after));
            }
            return out;
        }

        /**
         * {@code p = get_locked(hv, &busy)} of a callee that says through {@code *busy} which effect happened: two
         * outcomes, the local {@code busy} knowing which. Null (the callee's unconditional effect) when the argument
         * is not the address of a plain local.
         */
        private List<Work> outParameter(Work w, Call call, String name, CallEffect e, ParameterCondition c, Step at,
                LockSetListener obs) {
            String local = addressedLocal(call.getArguments().get(c.parameter()));
            if (local == null) {
                return null;
            }
            LockState s = w.state();
            List<Work> out = new ArrayList<>(2);
            for (boolean side : new boolean[] {true, false}) {
                List<LockChange> effect = c.when(side);
                List<String> without = c.when(!side).stream().filter(ch -> ch.kind() == LockChange.Kind.ACQUIRE)
                        .map(ch -> ch.lock().display()).toList();
                String what = !effect.isEmpty() ? String.join(", ", effect.stream().map(LockChange::describe).toList())
                        : without.isEmpty() ? "leaves the locks as they are" : "returns without " + String.join(", ", without);
                LockState taken = s.then(new Step(file(call), call.getLine(), name + "() " + what + " and sets '"
                        + local + "' " + (side ? "non-zero" : "to zero") + " (through its " + c.name() + ")", s.must()));
                LockState after = changes(taken, call, name, e, effect, at, obs);
                after = after.withLocals(after.locals().without(call.getResultVariable()).with(local, side));
                out.add(w.with(after));
            }
            return out;
        }

        /** {@code &busy}, {@code &(busy)}: the local {@code busy}; anything else: null. */
        private static String addressedLocal(String argument) {
            if (argument == null || argument.indexOf('&') < 0) {
                return null;
            }
            String t = argument.replace(" ", "");
            while (t.startsWith("(") && t.endsWith(")")) {
                t = t.substring(1, t.length() - 1);
            }
            if (!t.startsWith("&") || t.startsWith("&&")) {
                return null;
            }
            t = t.substring(1);
            while (t.startsWith("(") && t.endsWith(")")) {
                t = t.substring(1, t.length() - 1);
            }
            return identifier(t) ? t : null;
        }


        private LockState notTaken(LockState s, List<LockChange> other, List<LockChange> mine) {
            for (LockChange ch : other) {
                if (ch.kind() == LockChange.Kind.ACQUIRE && s.untouched(ch.lock())
                        && mine.stream().noneMatch(m -> m.lock().equals(ch.lock()))) {
                    s = s.assumeNotHeld(ch.lock());
                }
            }
            return s;
        }

        private LockState changes(LockState s0, Call call, String name, CallEffect e, List<LockChange> all, Step at,
                LockSetListener obs) {
            // Only a callee's must effects reach its callers. A lock it takes or releases on some of its paths only
            // is the callee's own finding (inconsistent-return, with its path); applying it here would report it
            // again in every caller, and in theirs, through every summary above (one mis-modelled leaf, thousands of
            // findings). Limit: a caller that correlates the callee's conditional effect with its own later
            // behaviour is not checked against it.
            List<LockChange> changes = mustChanges(all);
            LockState s = s0;
            for (LockChange ch : changes) {
                if (ch.kind() == LockChange.Kind.RELEASE) {
                    s = releasing(s, ch.lock());
                }
            }
            if (changes.isEmpty()) {
                return e.requires().isEmpty() ? s
                        : s.then(new Step(file(call), call.getLine(), "calls " + name + "()", s.must()));
            }
            if (obs != null) {
                for (LockChange ch : changes) {
                    if (ch.kind() == LockChange.Kind.RELEASE) {
                        obs.release(id, s, s.releasedInstance(ch.lock()), ch.mode(), ch.irq(), at, e.callee(),
                                ch.at() == null ? List.of() : List.of(ch.at()));
                    }
                }
            }
            StringBuilder what = new StringBuilder("calls " + name + "(): ");
            for (int i = 0; i < changes.size(); i++) {
                what.append(i > 0 ? ", " : "").append(changes.get(i).describe());
            }
            LockState from = s;
            return stepped(s, call, what.toString(), t -> apply(from, changes, t, file(call), call.getLine()));
        }

        /** The lock classes every candidate of a call takes inside (empty for one candidate: not needed). */
        private static java.util.Set<String> takenByAll(List<CallEffect> effs) {
            if (effs.size() < 2) {
                return java.util.Set.of();
            }
            java.util.Set<String> all = null;
            for (CallEffect e : effs) {
                java.util.Set<String> mine = new java.util.HashSet<>();
                for (InsideAcquire ia : e.insideAcquires()) {
                    mine.add(ia.lock().orderClass());
                }
                if (all == null) {
                    all = mine;
                } else {
                    all.retainAll(mine);
                }
            }
            return all;
        }

        /** The callee's effects on the instances this state names (copies followed). */
        private static List<CallEffect> bound(LockState s, List<CallEffect> effs) {
            if (effs.isEmpty()) {
                return effs;
            }
            List<CallEffect> out = new ArrayList<>(effs.size());
            for (CallEffect e : effs) {
                out.add(e.withLocks(s::bind));
            }
            return out;
        }

        private static List<LockChange> mustChanges(List<LockChange> all) {
            for (LockChange c : all) {
                if (c.kind() == LockChange.Kind.MAY_ACQUIRE || c.kind() == LockChange.Kind.MAY_RELEASE) {
                    return all.stream().filter(x -> x.kind() == LockChange.Kind.ACQUIRE
                            || x.kind() == LockChange.Kind.RELEASE).toList();
                }
            }
            return all;
        }

        /** A callee's lock changes; their interrupt effects (a save's flags are the callee's: unknown here). */
        private LockState apply(LockState s, List<LockChange> changes, Trail t, String file, int line) {
            for (LockChange ch : changes) {
                switch (ch.kind()) {
                    case ACQUIRE:
                        for (int d = 0; d < Math.max(1, ch.depth()); d++) {
                            s = s.acquire(ch.lock(), ch.mode(), ch.irq(), t);
                        }
                        s = s.withIrq(interrupts(s, ch.lock(), false, ch.irq(), null, file, line));
                        break;
                    case RELEASE: {
                        LockId l = s.releasedInstance(ch.lock());
                        IrqState after = interrupts(s, l, true, ch.irq(), null, file, line);
                        s = s.release(l).withIrq(after);
                        break;
                    }
                    default:
                        break;
                }
            }
            return s;
        }

        private Work ret(CfgNode node, Return r, Work w, LockSetListener obs) {
            LockState s = w.state();
            ReturnClass cls = ReturnClass.UNKNOWN;
            LockId predicate = null;
            boolean negated = false;
            if (r.getResultOf() >= 0 && r.getResultOf() < node.getEvents().size()) {
                Boolean o = w.outcomes().get(r.getResultOf());
                if (o != null) {
                    cls = ReturnClass.of(o ^ r.isNegated());
                }
                Event src = node.getEvents().get(r.getResultOf());
                if (src instanceof LockOperation op && op.getOp() == LockOpKind.IS_HELD && op.getLock() != null) {
                    predicate = LockId.of(op.getLock(), id);
                    negated = r.isNegated();
                } else if (src instanceof Call c) {
                    List<CallEffect> effs = effects.effectsOf(id, node.getId(), r.getResultOf(), c);
                    if (effs.size() == 1 && effs.get(0).isPredicate()) {
                        predicate = effs.get(0).predicateOf();
                        negated = effs.get(0).predicateNegated() ^ r.isNegated();
                    }
                }
            } else if (r.getVariable() != null) {
                Boolean v = s.locals().get(r.getVariable());
                if (v != null) {
                    cls = ReturnClass.of(v);
                } else if (s.pointee(r.getVariable()) != null || s.may().contains(
                        LockId.local(id, r.getVariable()))) {
                    cls = ReturnClass.NON_ZERO; // the address of a lock (one it just took through it) is never NULL
                }
            } else if (r.isConstant()) {
                cls = ReturnClass.of(r.getConstantValue() != 0);
            } else if (r.getValue() != null && (r.getValue().startsWith("&") || r.getValue().startsWith("\""))) {
                cls = ReturnClass.NON_ZERO; // an address or a string literal is never null
            }
            Step step = new Step(file(r), r.getLine(), r.getValue() == null ? "returns" : "returns " + r.getValue(), s.must());
            LockState after = s.then(step);
            if (obs != null) {
                obs.returns(id, new ReturnPoint(step, cls, after, predicate, negated,
                        r.isConstant() ? Long.valueOf(r.getConstantValue()) : null,
                        r.getVariable() != null ? s.pointee(r.getVariable()) : null, r.getVariable()));
            }
            return w.with(after);
        }
    }
}
