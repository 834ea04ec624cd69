package org.lockaudit.core.dataflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consistency of a witness path's branch facts (see {@code WitnessPath} in the checks for the rule and its limits):
 * within one run of one function, one stable condition is never needed both true and false at two branches on two
 * different lines.
 */
public final class PathFacts {
    private PathFacts() {
    }

    /** Whether no run of one function on {@code path} needs a stable condition both true and false. */
    public static boolean feasible(List<Step> path) {
        Map<String, BranchTaken> seen = new HashMap<>();
        for (Step s : path) {
            if (s.fact() instanceof CallDescent) {
                seen.clear();
            } else if (s.fact() instanceof BranchTaken b) {
                String key = b.function() + "\u0000" + b.expression();
                BranchTaken prior = seen.get(key);
                if (prior != null && prior.truth() != b.truth() && prior.node() != b.node()
                        && prior.line() != b.line()) {
                    return false;
                }
                if (prior == null || prior.node() != b.node()) {
                    seen.put(key, b);
                }
            }
        }
        return true;
    }

}
