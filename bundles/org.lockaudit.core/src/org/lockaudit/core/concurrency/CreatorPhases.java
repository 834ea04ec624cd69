package org.lockaudit.core.concurrency;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;

/**
 * The phases of a function that starts threads: code before the first start, or after a join on every path from
 * the starts, runs alone; the rest ("after start, before join") runs concurrently with the started threads.
 * Computed over the CFG event by event: a start (a call that starts a thread, directly or in a callee) switches
 * the path to concurrent, a join (directly or in a callee) back to alone. Kept as the source lines of the
 * concurrent events.
 *
 * <p>Limits: a join ends the concurrent phase of every thread started before it (one join per started thread is
 * not counted); threads never joined keep the rest of the function concurrent.
 */
public final class CreatorPhases {
    private final Set<Integer> concurrentLines = new HashSet<>();

    CreatorPhases(Function fn, Predicate<Call> starts, Predicate<Call> joins) {
        int n = fn.getNodes().size();
        boolean[] concurrentIn = new boolean[n];
        Deque<Integer> work = new ArrayDeque<>();
        // first pass: nodes whose events start a thread
        for (CfgNode node : fn.getNodes()) {
            if (scan(node, false, starts, joins)) {
                push(node, concurrentIn, work);
            }
        }
        while (!work.isEmpty()) {
            CfgNode node = fn.getNodes().get(work.poll());
            if (scan(node, true, starts, joins)) {
                push(node, concurrentIn, work);
            }
        }
    }

    private static void push(CfgNode node, boolean[] concurrentIn, Deque<Integer> work) {
        for (int s : node.getSuccessors()) {
            if (s >= 0 && s < concurrentIn.length && !concurrentIn[s]) {
                concurrentIn[s] = true;
                work.add(s);
            }
        }
    }

    /** Walks the node's events from state {@code concurrent}; records concurrent lines; returns the state at its end. */
    private boolean scan(CfgNode node, boolean concurrent, Predicate<Call> starts, Predicate<Call> joins) {
        boolean c = concurrent;
        for (Event e : node.getEvents()) {
            if (c) {
                concurrentLines.add(e.getLine());
            }
            if (e instanceof Call call) {
                if (starts.test(call)) {
                    c = true;
                } else if (joins.test(call)) {
                    c = false;
                }
            }
        }
        if (c && node.getBranch() != null) {
            concurrentLines.add(node.getBranch().getLine());
        }
        return c;
    }

    /** Whether code at {@code line} of this function may run while a thread it started runs. */
    public boolean concurrentAt(int line) {
        return concurrentLines.contains(line);
    }
}
