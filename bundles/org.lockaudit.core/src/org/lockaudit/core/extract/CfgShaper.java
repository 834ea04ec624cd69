package org.lockaudit.core.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Condition;
import org.lockaudit.core.facts.Function;

/**
 * Final shape of a built graph: empty pass-through nodes are bypassed, branches with exactly one dead-end
 * successor are marked as assertions, unreachable nodes are dropped (the exit is always kept) and nodes
 * renumbered so that {@code id == index}, node 0 the entry.
 */
final class CfgShaper {
    private CfgShaper() {
    }

    static void finish(Function fn, int exit) {
        List<CfgNode> nodes = new ArrayList<>(fn.getNodes());
        int n = nodes.size();
        // 1. bypass empty pass-through nodes
        int[] fwd = new int[n];
        for (int i = 0; i < n; i++) {
            CfgNode x = nodes.get(i);
            fwd[i] = i != 0 && i != exit && x.getEvents().isEmpty() && x.getBranch() == null
                    && x.getSuccessors().size() == 1 && x.getSuccessors().get(0) != i ? x.getSuccessors().get(0) : i;
        }
        for (CfgNode x : nodes) {
            EList<Integer> succ = x.getSuccessors();
            for (int k = 0; k < succ.size(); k++) {
                int target = resolve(fwd, succ.get(k));
                if (target != succ.get(k) && !succ.contains(target)) {
                    succ.set(k, target);
                }
            }
        }
        // 2. assertions: a branch whose one successor ends without successors (a noreturn call, a failed assert)
        for (int i = 0; i < n; i++) {
            Condition c = nodes.get(i).getBranch();
            if (c != null && nodes.get(i).getSuccessors().size() == 2) {
                boolean d0 = deadEnd(nodes, exit, nodes.get(i).getSuccessors().get(0));
                boolean d1 = deadEnd(nodes, exit, nodes.get(i).getSuccessors().get(1));
                if (d0 != d1) {
                    c.setAssertion(true);
                }
            }
        }
        // 3. reachable from the entry
        boolean[] keep = new boolean[n];
        Deque<Integer> work = new ArrayDeque<>();
        work.push(0);
        keep[0] = true;
        while (!work.isEmpty()) {
            for (int s : nodes.get(work.pop()).getSuccessors()) {
                if (!keep[s]) {
                    keep[s] = true;
                    work.push(s);
                }
            }
        }
        keep[exit] = true;
        int[] id = new int[n];
        List<CfgNode> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            id[i] = keep[i] ? kept.size() : -1;
            if (keep[i]) {
                kept.add(nodes.get(i));
            }
        }
        for (CfgNode x : kept) {
            x.setId(kept.indexOf(x));
            List<Integer> succ = new ArrayList<>(x.getSuccessors());
            x.getSuccessors().clear();
            for (int s : succ) {
                x.getSuccessors().add(id[s]);
            }
        }
        fn.getNodes().clear();
        fn.getNodes().addAll(kept);
        fn.setExitNode(id[exit]);
    }

    private static int resolve(int[] fwd, int i) {
        int steps = 0;
        while (fwd[i] != i && steps++ < fwd.length) {
            i = fwd[i];
        }
        return i;
    }

    private static boolean deadEnd(List<CfgNode> nodes, int exit, int i) {
        return i != exit && nodes.get(i).getSuccessors().isEmpty();
    }
}
