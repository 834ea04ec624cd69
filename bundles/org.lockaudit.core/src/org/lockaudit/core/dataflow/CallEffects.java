package org.lockaudit.core.dataflow;

import java.util.List;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.program.FunctionId;

/** Resolves a call to the lock effects of each function it may reach (one per candidate; empty: no effect). */
public interface CallEffects {
    CallEffects NONE = (caller, node, eventIndex, call) -> List.of();

    List<CallEffect> effectsOf(FunctionId caller, int node, int eventIndex, Call call);
}
