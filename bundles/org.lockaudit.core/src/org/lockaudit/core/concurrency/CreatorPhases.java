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
 * <p>Joins in a loop: threads started in a loop ({@code for (i..) pthread_create(&w[i].thread, ..)}) are joined in a
 * loop ({@code for (i..) pthread_join(w[i].thread, ..)}); the path that leaves the join loop without an iteration
 * would keep the creator concurrent after it. Heuristic: a loop every iteration of which joins (every path from the
 * loop's head back to it passes a join the predicate names) ends the concurrent phase at the exits of its head,
 * taking the bound that skips the join loop to have skipped the start loop too (the same count of threads).
 * Limit: a join loop that runs fewer iterations than the start loop (a different bound, a {@code break} taken in
 * the loop's head) is taken to join every thread, and a race after it with the threads left running is missed; a
 * {@code break} out of the loop's body keeps the state of its own path.
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
        joinLoopExits = joinLoopExits(fn, joins);
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

    /** The edges (from &lt;&lt; 32 | to) leaving the head of a loop that joins on every iteration. */
    private final Set<Long> joinLoopExits;

    private static long edge(int from, int to) {
        return (long) from << 32 | (to & 0xffffffffL);
    }

    private void push(CfgNode node, boolean[] concurrentIn, Deque<Integer> work) {
        for (int s : node.getSuccessors()) {
            if (joinLoopExits.contains(edge(node.getId(), s))) {
                continue; // out of a join loop: alone (see the class comment)
            }
            if (s >= 0 && s < concurrentIn.length && !concurrentIn[s]) {
                concurrentIn[s] = true;
                work.add(s);
            }
        }
    }

    /**
     * The exits of the heads of loops that join on every iteration: back edges found by a depth-first walk from the
     * entry, each head's natural loop (the nodes that reach one of its back edges without passing the head), kept
     * when no path from the head back to it avoids a node with a join; then the head's edges out of the loop.
     */
    private static Set<Long> joinLoopExits(Function fn, Predicate<Call> joins) {
        int n = fn.getNodes().size();
        boolean[] joinNode = new boolean[n];
        boolean any = false;
        for (CfgNode node : fn.getNodes()) {
            for (Event e : node.getEvents()) {
                if (e instanceof Call call && joins.test(call) && node.getId() >= 0 && node.getId() < n) {
                    joinNode[node.getId()] = true;
                    any = true;
                }
            }
        }
        if (!any || n == 0) {
            return Set.of();
        }
        // back edges (latch -> head), by an iterative depth-first walk from the entry
        java.util.Map<Integer, java.util.List<Integer>> latches = new java.util.HashMap<>();
        int[] state = new int[n]; // 0 new, 1 on the stack, 2 done
        int[] next = new int[n];
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(0);
        state[0] = 1;
        while (!stack.isEmpty()) {
            int u = stack.peek();
            java.util.List<Integer> succ = fn.getNodes().get(u).getSuccessors();
            if (next[u] < succ.size()) {
                int v = succ.get(next[u]++);
                if (v < 0 || v >= n) {
                    continue;
                }
                if (state[v] == 1) {
                    latches.computeIfAbsent(v, k -> new java.util.ArrayList<>()).add(u);
                } else if (state[v] == 0) {
                    state[v] = 1;
                    stack.push(v);
                }
            } else {
                state[u] = 2;
                stack.pop();
            }
        }
        if (latches.isEmpty()) {
            return Set.of();
        }
        java.util.List<java.util.List<Integer>> preds = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            preds.add(new java.util.ArrayList<>());
        }
        for (CfgNode node : fn.getNodes()) {
            for (int s : node.getSuccessors()) {
                if (s >= 0 && s < n) {
                    preds.get(s).add(node.getId());
                }
            }
        }
        Set<Long> exits = new HashSet<>();
        for (java.util.Map.Entry<Integer, java.util.List<Integer>> e : latches.entrySet()) {
            int head = e.getKey();
            if (joinNode[head]) {
                continue; // the head's own events join: its exits are past the join already
            }
            boolean[] body = new boolean[n];
            body[head] = true;
            Deque<Integer> q = new ArrayDeque<>();
            for (int l : e.getValue()) {
                if (!body[l]) {
                    body[l] = true;
                    q.add(l);
                }
            }
            while (!q.isEmpty()) {
                for (int p : preds.get(q.poll())) {
                    if (!body[p]) {
                        body[p] = true;
                        q.add(p);
                    }
                }
            }
            // does some iteration skip the join? a walk from the head inside the loop that stops at join nodes
            boolean[] seen = new boolean[n];
            boolean skips = false;
            for (int s : fn.getNodes().get(head).getSuccessors()) {
                if (s >= 0 && s < n && body[s] && !seen[s]) {
                    seen[s] = true;
                    q.add(s);
                }
            }
            while (!q.isEmpty() && !skips) {
                int u = q.poll();
                if (joinNode[u]) {
                    continue;
                }
                for (int s : fn.getNodes().get(u).getSuccessors()) {
                    if (s == head) {
                        skips = true;
                    } else if (s >= 0 && s < n && body[s] && !seen[s]) {
                        seen[s] = true;
                        q.add(s);
                    }
                }
            }
            if (skips || !anyJoin(body, joinNode)) {
                continue;
            }
            for (int s : fn.getNodes().get(head).getSuccessors()) {
                if (s >= 0 && s < n && !body[s]) {
                    exits.add(edge(head, s));
                }
            }
        }
        return exits;
    }

    private static boolean anyJoin(boolean[] body, boolean[] joinNode) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] && joinNode[i]) {
                return true;
            }
        }
        return false;
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
