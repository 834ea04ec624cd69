package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * {@code lock-order-inversion}: a cycle in the global lock-order graph. An edge A → B is recorded when B is taken
 * (directly or inside a callee, not by a try-lock, which cannot block) while A is held on every path, by this
 * function or asserted; locks held only because every caller holds them are left to the callers, whose call sites
 * add the same edge through the callee's summary. Each cycle is reported once, with one witness path per edge.
 *
 * <p>Heuristic and its limits: locks are compared by canonical id ({@code owner.field} for members), so the
 * graph is per lock class, like lockdep. Re-taking the same class is never an edge: nesting two instances of one
 * type ({@code parent->lock} then {@code child->lock}) is not checked, and two instances of one type taken in
 * opposite orders in two places cannot be told from a real inversion if they involve a second class in between.
 */
public final class LockOrderChecker implements Checker {
    private record Witness(FunctionId fn, String from, String to, Step at, List<Step> path) {
    }

    /** Cycles reported per run at most, so one tangled subsystem cannot flood the report. */
    static final int MAX_CYCLES = 50;
    static final int MAX_CYCLE_LENGTH = 4;

    private final FindingSink sink;
    private final Map<String, Map<String, Witness>> edges = new TreeMap<>();

    /** Each lock class as findings name it: its canonical id ({@code irq.c#desc_lock}, {@code domain.page_lock}). */
    private final Map<String, String> shown = new TreeMap<>();

    public LockOrderChecker(FindingSink sink) {
        this.sink = sink;
    }

    /**
     * RCU's read side (the presets' pseudo-lock {@code rcu}) never waits for anyone, so it closes no deadlock cycle:
     * it is neither a node nor an edge of the lock-order graph.
     */
    private static boolean neverWaits(LockId lock) {
        return lock.kind() == LockId.Kind.GLOBAL && lock.scope() == null && "rcu".equals(lock.canonical());
    }

    @Override
    public FindingKind kind() {
        return FindingKind.LOCK_ORDER_INVERSION;
    }

    @Override
    public void acquire(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, boolean tryLock,
            Step at, FunctionId via, List<Step> calleePath) {
        if (tryLock || !lock.orderable() || neverWaits(lock)) {
            return;
        }
        for (HeldLock h : before.must()) {
            if (!h.lock().orderable() || neverWaits(h.lock()) || h.entry() == HeldLock.EntryHold.CONTEXT && !h.own()
                    || h.lock().orderClass().equals(lock.orderClass())) {
                continue;
            }
            shown.putIfAbsent(h.lock().orderClass(), h.lock().canonical());
            shown.putIfAbsent(lock.orderClass(), lock.canonical());
            edges.computeIfAbsent(h.lock().orderClass(), k -> new TreeMap<>()).putIfAbsent(lock.orderClass(),
                    new Witness(fn, h.lock().display(), lock.display(), at, Paths.to(before.trail(), at, calleePath)));
        }
    }

    @Override
    public boolean wholeProgram() {
        return true;
    }

    /** Every edge of {@code later} this graph lacks, with {@code later}'s witness: the first one in pass order. */
    @Override
    public boolean collectedNothing() {
        return edges.isEmpty();
    }

    @Override
    public void absorb(Checker later) {
        ((LockOrderChecker) later).shown.forEach(shown::putIfAbsent);
        ((LockOrderChecker) later).edges.forEach((from, to) -> {
            Map<String, Witness> mine = edges.computeIfAbsent(from, k -> new TreeMap<>());
            to.forEach(mine::putIfAbsent);
        });
    }

    @Override
    public void finish() {
        List<List<String>> cycles = new ArrayList<>();
        for (String start : edges.keySet()) {
            dfs(start, start, new ArrayList<>(List.of(start)), cycles);
            if (cycles.size() >= MAX_CYCLES) {
                break;
            }
        }
        for (List<String> cycle : cycles) {
            List<EvidencePath> paths = new ArrayList<>();
            StringBuilder msg = new StringBuilder("lock order inversion: ");
            Witness first = null;
            for (int i = 0; i < cycle.size(); i++) {
                String a = cycle.get(i);
                String b = cycle.get((i + 1) % cycle.size());
                Witness w = edges.get(a).get(b);
                first = first == null ? w : first;
                msg.append(i > 0 ? "; " : "").append(w.to()).append(" taken while holding ").append(w.from())
                        .append(" in ").append(w.fn().name()).append("()");
                paths.add(EvidencePath.of(w.from() + " then " + w.to() + " in " + w.fn().name() + "()", w.path()));
            }
            List<String> locks = new ArrayList<>(new LinkedHashMap<String, Boolean>() {
                {
                    for (String c : cycle) {
                        put(shown.getOrDefault(c, c), true);
                    }
                }
            }.keySet());
            sink.report(new Finding(kind(), first.at().file(), first.at().line(), first.fn().name(), locks,
                    msg.toString(), paths, null));
        }
    }

    /** Simple cycles through {@code start} whose other nodes sort after it: each cycle found exactly once. */
    private void dfs(String start, String node, List<String> path, List<List<String>> out) {
        for (String next : new TreeSet<>(edges.getOrDefault(node, Map.of()).keySet())) {
            if (out.size() >= MAX_CYCLES) {
                return;
            }
            if (next.equals(start) && path.size() > 1) {
                out.add(List.copyOf(path));
            } else if (next.compareTo(start) > 0 && !path.contains(next) && path.size() < MAX_CYCLE_LENGTH) {
                path.add(next);
                dfs(start, next, path, out);
                path.remove(path.size() - 1);
            }
        }
    }
}
