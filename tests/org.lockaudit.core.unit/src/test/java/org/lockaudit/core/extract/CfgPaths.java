package org.lockaudit.core.extract;

import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Function;

/** Path and loop counts of a function's graph, for the fixtures' CFG expectations. */
final class CfgPaths {
    private CfgPaths() {
    }

    /** Entry-to-exit paths that take no edge twice (each loop body is taken at most once per path). */
    static long count(Function fn) {
        return paths(fn, 0, new java.util.HashSet<>());
    }

    private static long paths(Function fn, int n, java.util.Set<Long> usedEdges) {
        if (n == fn.getExitNode()) {
            return 1;
        }
        long total = 0;
        for (int s : fn.getNodes().get(n).getSuccessors()) {
            long edge = ((long) n << 32) | s;
            if (usedEdges.add(edge)) {
                total += paths(fn, s, usedEdges);
                usedEdges.remove(edge);
            }
        }
        return total;
    }

    /** Edges to a node on the current depth-first path from the entry. */
    static int backEdges(Function fn) {
        int[] state = new int[fn.getNodes().size()];
        return dfs(fn, 0, state);
    }

    private static int dfs(Function fn, int n, int[] state) {
        state[n] = 1;
        int r = 0;
        for (int s : fn.getNodes().get(n).getSuccessors()) {
            if (state[s] == 1) {
                r++;
            } else if (state[s] == 0) {
                r += dfs(fn, s, state);
            }
        }
        state[n] = 2;
        return r;
    }

    static CfgNode node(Function fn, int i) {
        return fn.getNodes().get(i);
    }
}
