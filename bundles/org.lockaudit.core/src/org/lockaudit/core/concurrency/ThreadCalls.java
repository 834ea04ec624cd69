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
