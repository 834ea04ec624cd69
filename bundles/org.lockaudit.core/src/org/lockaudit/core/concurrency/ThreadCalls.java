package org.lockaudit.core.concurrency;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.lockaudit.core.facts.Function;
import org.lockaudit.core.lockapi.LockApi;
import org.lockaudit.core.program.FunctionCalls;

/**
 * Which calls of a function's facts start or join a thread for one lock API ({@link LockApi#spawn},
 * {@link LockApi#isJoin}): indices in {@link FunctionCalls#of}, found once per facts object and lock API. The thread
 * roots and the concurrency model are found again for every program an incremental update links, in which all but the
 * edited functions keep their facts objects; looking every call of the program up in the lock API was most of their
 * cost (perf). Weak keys, by identity (lock APIs and facts objects); the values do not refer to the facts.
 * Thread-safe.
 */
final class ThreadCalls {
    private static final int[] NONE = new int[0];
    private static final Map<LockApi, Map<Function, int[]>> BY_API = Collections.synchronizedMap(new WeakHashMap<>());

    private ThreadCalls() {
    }

    /** A function of a program with calls that start or join a thread: their indices in {@code FunctionCalls.of}. */
    record Caller(org.lockaudit.core.program.FunctionId id, Function fn, int[] calls) {
    }

    /** The callers found for the last program asked about, per lock API. */
    private record Last(long generation, List<Caller> callers) {
    }

    private static final Map<LockApi, Last> LAST = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The functions of {@code program} that start or join a thread under {@code api}, in id order (the order of
     * {@code program.functions()}). For a program made from the last one asked about by swapping in some
     * definitions ({@link org.lockaudit.core.program.Program#basedOn}), only the swapped functions are looked at
     * again: an incremental update asked every function of the program (perf).
     */
    static List<Caller> callers(org.lockaudit.core.program.Program program, LockApi api) {
        Last last = LAST.get(api);
        if (last != null && last.generation() == program.generation()) {
            return last.callers();
        }
        java.util.TreeMap<org.lockaudit.core.program.FunctionId, Caller> found = new java.util.TreeMap<>();
        if (last != null && program.basedOn() != 0 && last.generation() == program.basedOn()) {
            for (Caller c : last.callers()) {
                found.put(c.id(), c);
            }
            for (org.lockaudit.core.program.FunctionId id : program.swapped()) {
                found.remove(id);
                Function fn = program.function(id);
                int[] hits = fn == null ? NONE : of(fn, api);
                if (hits.length > 0) {
                    found.put(id, new Caller(id, fn, hits));
                }
            }
        } else {
            for (Map.Entry<org.lockaudit.core.program.FunctionId, Function> e : program.functions().entrySet()) {
                int[] hits = of(e.getValue(), api);
                if (hits.length > 0) {
                    found.put(e.getKey(), new Caller(e.getKey(), e.getValue(), hits));
                }
            }
        }
        List<Caller> out = List.copyOf(found.values());
        LAST.put(api, new Last(program.generation(), out));
        return out;
    }

    /** The indices, in {@code FunctionCalls.of(fn)}, of the calls that start or join a thread under {@code api}. */
    static int[] of(Function fn, LockApi api) {
        Map<Function, int[]> known = BY_API.computeIfAbsent(api, a -> Collections.synchronizedMap(new WeakHashMap<>()));
        int[] hits = known.get(fn);
        if (hits == null) {
            List<FunctionCalls.At> calls = FunctionCalls.of(fn);
            int[] out = NONE;
            int n = 0;
            for (int k = 0; k < calls.size(); k++) {
                String callee = calls.get(k).call().getCallee();
                if (api.spawn(callee) != null || api.isJoin(callee)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, Math.max(4, 2 * n));
                    }
                    out[n++] = k;
                }
            }
            hits = n == 0 ? NONE : Arrays.copyOf(out, n);
            known.put(fn, hits);
        }
        return hits;
    }
}
