package org.lockaudit.core.dataflow;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A lock effect that one parameter's truth decides: {@code spin_lock_if(locking, &l)} takes {@code l} exactly when
 * {@code locking} is non-zero. Seen from a caller that passes a local it tests again ({@code if (locking)
 * spin_unlock(&l)}), the call splits into the two outcomes and the local records which one happened, as for a
 * try-lock whose result is kept.
 *
 * <p>Heuristic and limit: computed only when every return of the callee knows the parameter's truth (it was tested
 * on every path and never reassigned) and each side's effect holds on all of that side's paths; an argument that is
 * neither a constant nor a plain local gives the callee's unconditional (must) effect, as before.
 */
public record ParameterCondition(int parameter, String name, List<LockChange> whenNonZero, List<LockChange> whenZero) {
    public ParameterCondition {
        whenNonZero = List.copyOf(whenNonZero);
        whenZero = List.copyOf(whenZero);
    }

    public List<LockChange> when(boolean nonZero) {
        return nonZero ? whenNonZero : whenZero;
    }

    public ParameterCondition withLocks(UnaryOperator<org.lockaudit.core.program.LockId> f) {
        return new ParameterCondition(parameter, name, map(whenNonZero, f), map(whenZero, f));
    }

    private static List<LockChange> map(List<LockChange> in, UnaryOperator<org.lockaudit.core.program.LockId> f) {
        return in.stream().map(c -> c.withLock(f.apply(c.lock()))).filter(c -> c.lock() != null).toList();
    }

    /** {@code if locking: acquires l}. */
    public String describe() {
        return "if " + name + ": " + whenNonZero.stream().map(LockChange::describe).toList()
                + ", else: " + whenZero.stream().map(LockChange::describe).toList();
    }
}
