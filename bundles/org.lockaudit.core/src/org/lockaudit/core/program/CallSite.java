package org.lockaudit.core.program;

import java.util.List;

import org.lockaudit.core.facts.Call;

/** One call in {@code caller}: node and event index in its CFG, and every function it may reach. */
public record CallSite(FunctionId caller, int node, int eventIndex, Call call, List<FunctionId> candidates) {
    public CallSite {
        candidates = List.copyOf(candidates);
    }

    public boolean indirect() {
        return call.getCallee() == null;
    }
}
