package org.lockaudit.core.dataflow;

import java.util.List;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.program.FunctionId;

/** Resolves a call to the lock effects of each function it may reach (one per candidate; empty: no effect). */
public interface CallEffects {
    CallEffects NONE = (caller, node, eventIndex, call) -> List.of();

    List<CallEffect> effectsOf(FunctionId caller, int node, int eventIndex, Call call);

    /**
     * The calls of {@code caller} (as {@code node << 32 | event index}) to functions inferred never to return
     * ({@link org.lockaudit.core.program.NoReturns}): dead ends like the calls the front end marks noreturn, whose
     * paths the CFG already ends. Empty by default.
     */
    default java.util.Set<Long> inferredDeadEnds(FunctionId caller) {
        return java.util.Set.of();
    }
}
