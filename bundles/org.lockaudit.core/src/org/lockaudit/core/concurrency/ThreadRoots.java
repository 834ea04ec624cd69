package org.lockaudit.core.concurrency;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.lockapi.LockApi;
import org.lockaudit.core.program.FunctionCalls;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.Program;

/**
 * Finds the program's concurrent entry points: every call to a lock-API {@code threads} entry whose routine
 * argument names a function of the program ({@code pthread_create(&t, NULL, worker, arg)}, with or without
 * {@code &} and casts), and every function a lock-API {@code entries} element names (hypercall handlers, system
 * calls: called from outside the analysed C, on every CPU at once unless the entry says otherwise).
 */
public final class ThreadRoots {
    private ThreadRoots() {
    }

    @SuppressWarnings("unchecked")
    public static Map<FunctionId, ThreadRoot> of(Program program, LockApi api) {
        Last last = LAST;
        if (last != null && last.program() == program && last.api() == api) {
            return last.roots();
        }
        Map<FunctionId, ThreadRoot> roots = find(program, api);
        LAST = new Last(program, api, roots);
        return roots;
    }

    /**
     * The roots of the last program asked about: the checkers' tables and the concurrency model both ask, once
     * per analysis (perf). Holds one program until the next is asked about.
     */
    private static volatile Last LAST;

    private record Last(Program program, LockApi api, Map<FunctionId, ThreadRoot> roots) {
    }

    private static Map<FunctionId, ThreadRoot> find(Program program, LockApi api) {
        Map<FunctionId, List<ThreadRoot.SpawnSite>> sites = new LinkedHashMap<>();
        Map<FunctionId, String> kinds = new LinkedHashMap<>();
        java.util.Set<FunctionId> multi = new java.util.HashSet<>();
        for (ThreadCalls.Caller e : ThreadCalls.callers(program, api)) {
            Function fn = e.fn();
            List<FunctionCalls.At> calls = FunctionCalls.of(fn);
            for (int spawn : e.calls()) {
                FunctionCalls.At at = calls.get(spawn);
                Call c = at.call();
                LockApi.ThreadEntry t = api.spawn(c.getCallee());
                if (t == null) {
                    continue; // a join
                }
                for (int idx : t.routines()) {
                    if (idx >= c.getArguments().size()) {
                        continue;
                    }
                    String name = routineName(c.getArguments().get(idx));
                    String file = c.getFile() != null ? c.getFile() : fn.getFile();
                    for (FunctionId target : targets(program, fn, name)) {
                        sites.computeIfAbsent(target, k -> new ArrayList<>()).add(new ThreadRoot.SpawnSite(
                                e.id(), file, c.getLine(), c.getCallee(), inLoop(fn, at.node())));
                        kinds.putIfAbsent(target, t.kind());
                        if (t.multi()) {
                            multi.add(target);
                        }
                    }
                }
            }
        }
        Map<FunctionId, ThreadRoot> out = new LinkedHashMap<>();
        sites.forEach((f, s) -> out.put(f, new ThreadRoot(f, kinds.get(f), s,
                multi.contains(f) || s.size() > 1 || s.stream().anyMatch(ThreadRoot.SpawnSite::inLoop))));
        List<List<FunctionId>> entries = entryFunctions(program, api);
        for (int i = 0; i < api.entries().size(); i++) {
            LockApi.EntryPoint e = api.entries().get(i);
            for (FunctionId f : entries.get(i)) {
                ThreadRoot known = out.get(f);
                out.put(f, known == null ? new ThreadRoot(f, e.kind(), List.of(), e.multi())
                        : new ThreadRoot(f, known.kind(), known.sites(), known.multi() || e.multi()));
            }
        }
        return out;
    }

    /** The functions of each of {@code api}'s entries (in order) in the last program asked about, per lock API. */
    private record Entries(long generation, List<List<FunctionId>> functions) {
    }

    private static final Map<LockApi, Entries> ENTRIES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    /**
     * {@link #entryFunctions(Program, LockApi.EntryPoint)} of every entry of {@code api}; kept from the last program
     * asked about when {@code program} was made from it ({@link Program#basedOn}: the same function identities and
     * bindings, which is all the entries match), instead of matching every function's name again (perf).
     */
    private static List<List<FunctionId>> entryFunctions(Program program, LockApi api) {
        Entries last = ENTRIES.get(api);
        if (last != null && (last.generation() == program.generation()
                || program.basedOn() != 0 && last.generation() == program.basedOn())) {
            ENTRIES.put(api, new Entries(program.generation(), last.functions()));
            return last.functions();
        }
        List<List<FunctionId>> out = new ArrayList<>();
        for (LockApi.EntryPoint e : api.entries()) {
            out.add(List.copyOf(entryFunctions(program, e)));
        }
        ENTRIES.put(api, new Entries(program.generation(), List.copyOf(out)));
        return out;
    }

    /** The program's functions an {@code entries} element names: by name or pattern, or bound to its ops field. */
    static List<FunctionId> entryFunctions(Program program, LockApi.EntryPoint e) {
        if (e.field() != null) {
            return program.opsTargets(e.field());
        }
        List<FunctionId> out = new ArrayList<>();
        for (FunctionId f : program.functions().keySet()) {
            if (e.matches(f.name())) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The functions a routine argument names: a function of the program, or, when it is a parameter of the
     * spawning function ({@code create_worker(void *(*func)(void *), ..)}), every function passed for that
     * parameter at the spawning function's direct call sites (one level).
     */
    private static List<FunctionId> targets(Program program, Function fn, String name) {
        if (name == null) {
            return List.of();
        }
        int param = fn.getParameters().indexOf(name);
        if (param < 0) {
            FunctionId f = program.resolve(name, fn.getFile());
            return f == null ? List.of() : List.of(f);
        }
        List<FunctionId> out = new ArrayList<>();
        for (Function caller : program.functions().values()) {
            if (!FunctionCalls.callees(caller).contains(fn.getName())) {
                continue;
            }
            for (FunctionCalls.At at : FunctionCalls.of(caller)) {
                Call c = at.call();
                if (fn.getName().equals(c.getCallee()) && param < c.getArguments().size()) {
                    String n = routineName(c.getArguments().get(param));
                    FunctionId f = n == null ? null : program.resolve(n, caller.getFile());
                    if (f != null && !out.contains(f)) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /** {@code worker}, {@code &worker}, {@code (void *(*)(void *))worker} -> {@code worker}; else null. */
    static String routineName(String arg) {
        String s = arg.trim();
        while (true) {
            if (s.startsWith("&")) {
                s = s.substring(1).trim();
            } else if (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
                s = s.substring(1, s.length() - 1).trim();
            } else if (s.startsWith("(")) {
                int close = closing(s);
                if (close < 0 || close == s.length() - 1) {
                    return null;
                }
                s = s.substring(close + 1).trim(); // a cast
            } else {
                break;
            }
        }
        return s.matches("[A-Za-z_]\\w*") ? s : null;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char ch : s.toCharArray()) {
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static int closing(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether CFG node {@code n} lies on a cycle (a loop body). */
    static boolean inLoop(Function fn, int n) {
        int size = fn.getNodes().size();
        boolean[] seen = new boolean[size];
        Deque<Integer> q = new ArrayDeque<>(fn.getNodes().get(n).getSuccessors());
        while (!q.isEmpty()) {
            int x = q.poll();
            if (x == n) {
                return true;
            }
            if (x < 0 || x >= size || seen[x]) {
                continue;
            }
            seen[x] = true;
            q.addAll(fn.getNodes().get(x).getSuccessors());
        }
        return false;
    }
}
