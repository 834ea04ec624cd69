package org.lockaudit.core.dataflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Condition;
import org.lockaudit.core.facts.ConditionKind;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.LockOperation;

/**
 * What {@link LockSetAnalysis} reads from a function's branches before each run, found once per facts object (a
 * function is run many times: its summary, its entry context, each calling context of the contextual pass, and again
 * at every incremental update while its facts object is kept): the facts whose test decides, within
 * {@link #REACH} nodes, whether a lock operation runs, and the calls within that reach whose summaries decide it
 * for the others ({@link LockSetAnalysis#lockRelevant}); and the widening thresholds (the constants the function
 * compares integer locals with, and their neighbours). Kept in an adapter of the facts object itself, like
 * {@code program.FunctionCalls}; thread-safe.
 */
final class BranchScopes {
    /** Nodes forward of a branch within which a lock operation makes its test lock-relevant. */
    static final int REACH = 4;

    /** A call near a branch: its node, its index among the node's events, the call. */
    record NearCall(int node, int index, Call call) {
    }

    /** Facts decided by a lock operation near their test; the others with the calls near their tests. */
    final Set<String> nearLockOperation;
    final Map<String, List<NearCall>> nearCalls;
    final NavigableSet<Long> thresholds;

    private BranchScopes(Set<String> nearLockOperation, Map<String, List<NearCall>> nearCalls,
            NavigableSet<Long> thresholds) {
        this.nearLockOperation = nearLockOperation;
        this.nearCalls = nearCalls;
        this.thresholds = thresholds;
    }

    private static final class Kept extends org.eclipse.emf.common.notify.impl.AdapterImpl {
        final BranchScopes scopes;

        Kept(BranchScopes scopes) {
            this.scopes = scopes;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Kept.class;
        }
    }

    static BranchScopes of(Function fn) {
        synchronized (fn) {
            for (org.eclipse.emf.common.notify.Adapter a : fn.eAdapters()) {
                if (a instanceof Kept k) {
                    return k.scopes;
                }
            }
        }
        BranchScopes s = compute(fn);
        synchronized (fn) {
            fn.eAdapters().add(new Kept(s));
        }
        return s;
    }

    /** The fact a branch's condition names (a local, a compared pair), or null. */
    static String fact(Condition c) {
        return c == null ? null
                : c.getKind() == ConditionKind.VARIABLE ? c.getVariable()
                : c.getKind() == ConditionKind.COMPARISON && c.getVariable() != null
                        ? c.getOther() != null ? LocalFacts.pair(c.getVariable(), c.getOther()) : c.getVariable()
                : null;
    }

    private static BranchScopes compute(Function fn) {
        Set<String> near = new HashSet<>();
        Map<String, List<NearCall>> calls = new LinkedHashMap<>();
        List<CfgNode> nodes = fn.getNodes();
        TreeSet<Long> t = new TreeSet<>();
        for (CfgNode node : nodes) {
            Condition c = node.getBranch();
            if (c != null && c.getKind() == ConditionKind.COMPARISON && c.getOther() == null) {
                long k = c.getConstant();
                t.add(k);
                if (k > Long.MIN_VALUE) {
                    t.add(k - 1);
                }
                if (k < Long.MAX_VALUE) {
                    t.add(k + 1);
                }
            }
            String fact = fact(c);
            if (fact == null || near.contains(fact)) {
                continue;
            }
            ArrayDeque<int[]> q = new ArrayDeque<>();
            Set<Integer> seen = new HashSet<>();
            for (int succ : node.getSuccessors()) {
                q.add(new int[] {succ, 1});
            }
            boolean found = false;
            List<NearCall> mine = new ArrayList<>();
            while (!q.isEmpty() && !found) {
                int[] x = q.poll();
                if (x[0] < 0 || x[0] >= nodes.size() || !seen.add(x[0])) {
                    continue;
                }
                CfgNode m = nodes.get(x[0]);
                List<Event> events = m.getEvents();
                for (int k = 0; k < events.size() && !found; k++) {
                    Event e = events.get(k);
                    found = e instanceof LockOperation;
                    if (e instanceof Call call) {
                        mine.add(new NearCall(m.getId(), k, call));
                    }
                }
                if (x[1] < REACH) {
                    for (int succ : m.getSuccessors()) {
                        q.add(new int[] {succ, x[1] + 1});
                    }
                }
            }
            if (found) {
                near.add(fact);
                calls.remove(fact);
            } else if (!mine.isEmpty()) {
                calls.computeIfAbsent(fact, f -> new ArrayList<>()).addAll(mine);
            }
        }
        if (!t.isEmpty()) {
            t.add(0L);
        }
        return new BranchScopes(Set.copyOf(near), Map.copyOf(calls), java.util.Collections.unmodifiableNavigableSet(t));
    }
}
