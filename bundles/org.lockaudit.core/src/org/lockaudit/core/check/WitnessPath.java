package org.lockaudit.core.check;

import java.util.List;

import org.lockaudit.core.dataflow.CallDescent;
import org.lockaudit.core.dataflow.PathFacts;
import org.lockaudit.core.dataflow.Step;

/**
 * What a lock-order witness path is worth, judged from its steps' facts (not their text).
 *
 * <p><b>Feasibility.</b> A path is infeasible when, within one run of one function (the steps between two descents
 * into callees), it needs the same stable condition ({@link BranchTaken}: a global or member chain the function
 * never writes) both true and false at two different branches on two different lines ({@code if (opt_noreboot)
 * ... if (opt_noreboot)} taken one way, then the other). Heuristic and its limits: tests of one node (a loop) and
 * tests on one line (the sub-conditions of one macro, which carry the macro's text) are never compared; a callee or
 * another CPU changing the value between the two tests is not considered, so such a path is dropped; calls and
 * compound conditions are never compared, so most infeasible paths (conditions correlated through callees or
 * through values such as {@code current}) are still accepted.
 *
 * <p><b>Fan-out.</b> A path through an indirect call resolved to {@link #MANY_CANDIDATES} or more bodies, not all
 * of which take the lock the path ends at, is weak evidence: the ops table at the call may never hold the body
 * that takes it ({@code handler->enable(desc)} resolved to every {@code hw_interrupt_type}). Two candidates (one
 * vendor's implementation and the other's) count as strong.
 *
 * <p><b>Dying paths.</b> A path that takes the lock inside a function declared never to return ({@code panic()},
 * {@code machine_restart()}) takes it while the system goes down, with the other CPUs being stopped: weak evidence
 * too, as kernel maintainers treat lock-order reports on crash paths. Limit: a crash path that hangs on such an
 * inversion (no dump, no reboot) is missed unless the edge is witnessed elsewhere.
 */
public final class WitnessPath {
    /** Bodies an indirect call must be resolved to before a path through it is weak. */
    static final int MANY_CANDIDATES = 3;

    private WitnessPath() {
    }

    /** Whether no run of one function on {@code path} needs a stable condition both true and false. */
    public static boolean feasible(List<Step> path) {
        return PathFacts.feasible(path);
    }

    /**
     * The call on {@code path} that makes it weak evidence for taking a lock of class {@code lockClass} at its end
     * (see the class comment): an indirect call with many candidates not all taking it, or a descent into a
     * function that never returns; null when there is none.
     */
    public static CallDescent weakThrough(List<Step> path, String lockClass) {
        for (Step s : path) {
            if (s.fact() instanceof CallDescent d && (d.noReturn() || d.indirect()
                    && d.candidates() >= MANY_CANDIDATES && !d.takenByAll().contains(lockClass))) {
                return d;
            }
        }
        return null;
    }
}
