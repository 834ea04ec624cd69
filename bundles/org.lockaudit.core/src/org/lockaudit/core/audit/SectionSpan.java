package org.lockaudit.core.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;

/**
 * What one critical section reaches on its function's CFG: every source line of an event on a path from the
 * acquisition (at {@code start}) to a release of the lock, following loop back-edges (a lock released and retaken
 * in every iteration is one logical section: the retake protects the next iteration's test and body), and whether
 * some path reaches the function's exit with the lock still held (the section goes on in the caller).
 *
 * <p>Heuristic and limits: events are matched by line, so an event on the line of a release ends the path even if
 * it comes before the release on that line, and the acquisition's own line is skipped up to the acquiring event;
 * a path that never releases nor returns (an infinite loop) simply ends. The dataflow's own attribution (one
 * acquisition per join) is kept; this only adds what it attributes to another section.
 */
record SectionSpan(Set<Integer> lines, boolean returnsHolding) {
    static SectionSpan of(Function fn, int start, Set<Integer> releases) {
        Set<Integer> lines = new TreeSet<>();
        if (fn == null) {
            return new SectionSpan(lines, false);
        }
        int n = fn.getNodes().size();
        boolean[] seen = new boolean[n];
        Deque<Integer> work = new ArrayDeque<>();
        boolean exits = false;
        for (CfgNode node : fn.getNodes()) {
            int at = -1;
            for (int i = 0; i < node.getEvents().size(); i++) {
                if (node.getEvents().get(i).getLine() == start) {
                    at = i;
                    break;
                }
            }
            if (at >= 0 && walk(node, at + 1, releases, lines)) {
                exits |= successors(node, seen, work);
            }
        }
        while (!work.isEmpty()) {
            CfgNode node = fn.getNodes().get(work.poll());
            if (walk(node, 0, releases, lines)) {
                exits |= successors(node, seen, work);
            }
        }
        return new SectionSpan(lines, exits);
    }

    /** Adds the node's event lines from {@code from}; false when a release ends the path in this node. */
    private static boolean walk(CfgNode node, int from, Set<Integer> releases, Set<Integer> lines) {
        for (int i = from; i < node.getEvents().size(); i++) {
            Event e = node.getEvents().get(i);
            if (releases.contains(e.getLine())) {
                return false;
            }
            lines.add(e.getLine());
        }
        if (node.getBranch() != null) {
            lines.add(node.getBranch().getLine());
        }
        return true;
    }

    /** Queues the unseen successors; true when the node has none (the function's exit). */
    private static boolean successors(CfgNode node, boolean[] seen, Deque<Integer> work) {
        boolean any = false;
        for (int s : node.getSuccessors()) {
            if (s >= 0 && s < seen.length) {
                any = true;
                if (!seen[s]) {
                    seen[s] = true;
                    work.add(s);
                }
            }
        }
        return !any;
    }
}
