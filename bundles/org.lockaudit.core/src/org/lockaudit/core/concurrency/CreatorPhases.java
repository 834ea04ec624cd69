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
 * <p>Limits: a join ends the concurrent phase of every thread its predicate names (the model asks with the joins
 * {@link ThreadJoins} binds to the thread, or that it cannot bind); one join per started instance is not counted;
 * threads never joined keep the rest of the function concurrent.
 */
public final class CreatorPhases {
    private final Set<Integer> concurrentLines = new HashSet<>();
    /** "line|callee" of every call, and of the calls made in the concurrent phase. */
    private final Set<String> calls = new HashSet<>();
    private final Set<String> concurrentCalls = new HashSet<>();

    CreatorPhases(Function fn, Predicate<Call> starts, Predicate<Call> joins) {
        this(fn, starts, joins, false);
    }

    /**
     * With {@code entryConcurrent}: the function is entered while the thread runs (its caller had started it), so
     * its code is concurrent from the entry until a join.
     */
    CreatorPhases(Function fn, Predicate<Call> starts, Predicate<Call> joins, boolean entryConcurrent) {
        int n = fn.getNodes().size();
        boolean[] concurrentIn = new boolean[n];
        Deque<Integer> work = new ArrayDeque<>();
        if (entryConcurrent && n > 0) {
            concurrentIn[0] = true;
            work.add(0);
        }
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
                String at = e.getLine() + "|" + call.getCallee();
                calls.add(at);
                if (c) {
                    concurrentCalls.add(at);
                }
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

    /**
     * Whether the call to {@code callee} at {@code line} may be made while the thread runs: the state before the
     * call itself, not after a start on the same line ({@code if (start_x() == -1)} tests its result there). A
     * line with no call of that name (a call through a pointer) answers as {@link #concurrentAt}.
     */
    public boolean concurrentBeforeCall(int line, String callee) {
        String at = line + "|" + callee;
        return calls.contains(at) ? concurrentCalls.contains(at) : concurrentAt(line);
    }
}
