package org.lockaudit.core.concurrency;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.lockapi.LockApi;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.Program;

/**
 * Which threads a join joins, bound through the thread handle. A start call names its handle by its first argument
 * taken by address ({@code pthread_create(&t, ..)}, {@code thrd_create(&w->tid, ..)}), else by the variable its
 * result is stored in ({@code t = kthread_run(..)}); a join names it by its first argument ({@code pthread_join(t, ..)},
 * {@code kthread_stop(w->task)}). A handle is matched by its last name: the variable, the member
 * ({@code &tid} at the start, the copy {@code logc->tid} at the join) or the array ({@code &c[i]}, {@code c[i]}; {@code threads[i].tid} is the member {@code tid}). A
 * join whose handle matches the handle of some thread root's starts joins those roots (every instance of them); a
 * join whose handle matches no start is unbound and joins every thread, as if nothing were known. A function joins
 * what its own joins and its direct callees' join.
 *
 * <p>Heuristic and limits: names, not values: two routines whose handles share a last name are both joined by
 * either's join (a race with the other may be hidden), a handle copied to a variable of another name is unbound
 * (joins everything, as before), and joining one instance of a routine (one element of {@code c[]}) ends the
 * concurrent phase of all its instances. A join reached through a callee counts even when the callee joins only on
 * some of its paths.
 */
final class ThreadJoins {
    private final Program program;
    private final LockApi api;
    /** Handle name → the roots started with a handle of that name. */
    private final Map<String, Set<String>> rootsByHandle = new HashMap<>();
    /** Function → the roots it joins (itself or through direct callees); {@link #EVERY} when one join is unbound. */
    private final Map<FunctionId, Set<String>> joinedBy = new HashMap<>();
    /** The roots of an unbound join: every thread. */
    static final Set<String> EVERY = Set.of("*");

    ThreadJoins(Program program, LockApi api, Map<String, ThreadRoot> rootsByName) {
        this.program = program;
        this.api = api;
        for (ThreadRoot r : rootsByName.values()) {
            for (ThreadRoot.SpawnSite s : r.sites()) {
                Function fn = program.function(s.caller());
                if (fn == null || !api.starts(s.api())) {
                    continue;
                }
                for (CfgNode n : fn.getNodes()) {
                    for (Event e : n.getEvents()) {
                        if (e instanceof Call c && s.api().equals(c.getCallee()) && c.getLine() == s.line()) {
                            String h = startHandle(c);
                            if (h != null) {
                                rootsByHandle.computeIfAbsent(h, k -> new TreeSet<>()).add(r.function().name());
                            }
                        }
                    }
                }
            }
        }
    }

    /** Whether {@code joined} (from {@link #joined} or {@link #joinedBy}) ends the phase of root {@code root}. */
    static boolean joins(Set<String> joined, String root) {
        return joined == EVERY || joined.contains(root);
    }

    /** The roots a join call joins: those started with its handle, or {@link #EVERY} when unbound. */
    Set<String> joined(Call join) {
        String h = join.getArguments().isEmpty() ? null : name(join.getArguments().get(0));
        Set<String> r = h == null ? null : rootsByHandle.get(h);
        return r == null ? EVERY : r;
    }

    /** The roots function {@code f} joins, itself or through its direct callees (empty: none). */
    Set<String> joinedBy(FunctionId f) {
        Set<String> known = joinedBy.get(f);
        if (known != null) {
            return known;
        }
        joinedBy.put(f, Set.of()); // a recursive cycle adds nothing more
        Function fn = program.function(f);
        Set<String> out = new TreeSet<>();
        boolean every = false;
        if (fn != null) {
            for (CfgNode n : fn.getNodes()) {
                for (Event e : n.getEvents()) {
                    if (!(e instanceof Call c) || c.getCallee() == null) {
                        continue;
                    }
                    Set<String> j;
                    if (api.isJoin(c.getCallee())) {
                        j = joined(c);
                    } else {
                        FunctionId t = program.resolve(c.getCallee(), fn.getFile());
                        j = t == null || t.equals(f) ? Set.of() : joinedBy(t);
                    }
                    every |= j == EVERY;
                    if (j != EVERY) {
                        out.addAll(j);
                    }
                }
            }
        }
        Set<String> r = every ? EVERY : Set.copyOf(out);
        joinedBy.put(f, r);
        return r;
    }

    /** The handle of a start call: its first argument taken by address, or its result variable; else null. */
    private static String startHandle(Call c) {
        String a = c.getArguments().isEmpty() ? "" : c.getArguments().get(0).replaceAll("\\s+", "");
        if (a.startsWith("&")) {
            return name(a.substring(1)); // pthread_create's result is an error code, not the handle
        }
        return c.getResultVariable() == null ? null : name(c.getResultVariable());
    }

    /** The last name of a handle expression: {@code t}, {@code w->tid} → tid, {@code c[i]} → c; else null. */
    static String name(String text) {
        String s = text.replaceAll("\\s+", "");
        while (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        String plain;
        while (!(plain = s.replaceAll("\\[[^\\[\\]]*\\]", "")).equals(s)) {
            s = plain; // subscripts dropped, innermost first: threads[i].thread_id -> threads.thread_id
        }
        int arrow = s.lastIndexOf("->");
        int start = Math.max(arrow < 0 ? 0 : arrow + 2, s.lastIndexOf('.') + 1);
        s = s.substring(start);
        return s.matches("[A-Za-z_]\\w*") ? s : null;
    }
}
