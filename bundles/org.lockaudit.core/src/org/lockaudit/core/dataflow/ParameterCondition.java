package org.lockaudit.core.dataflow;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A lock effect that one parameter's truth decides: {@code spin_lock_if(locking, &l)} takes {@code l} exactly when
 * {@code locking} is non-zero. Seen from a caller that passes a local it tests again ({@code if (locking)
 * spin_unlock(&l)}), the call splits into the two outcomes and the local records which one happened, as for a
 * try-lock whose result is kept.
 *
 * <p>With {@code out}, the effect is the other way round: the callee tells its caller which effect happened through
 * an out-parameter ({@code struct item *get_locked(unsigned hv, int *busy)} returns with the stripe held unless it
 * stores a non-zero {@code *busy}); a caller passing the address of a local ({@code &busy}) learns the local's truth
 * with the outcome, so its later {@code if (busy) return;} and its release are correlated with the lock.
 *
 * <p>Heuristic and limit: computed only when every return of the callee knows the parameter's truth (it was tested
 * on every path and never reassigned; for {@code out}, a constant was stored through it on every path and nothing
 * else is) and each side's effect holds on all of that side's paths; an argument that is neither a constant nor a
 * plain local (for {@code out}: the address of a plain local) gives the callee's unconditional effect, as before.
 */
public record ParameterCondition(int parameter, String name, List<LockChange> whenNonZero, List<LockChange> whenZero,
        boolean out) {
    public ParameterCondition {
        whenNonZero = List.copyOf(whenNonZero);
        whenZero = List.copyOf(whenZero);
    }

    /** A condition on the parameter's value as passed ({@code spin_lock_if(locking, &l)}). */
    public ParameterCondition(int parameter, String name, List<LockChange> whenNonZero, List<LockChange> whenZero) {
        this(parameter, name, whenNonZero, whenZero, false);
    }

    public List<LockChange> when(boolean nonZero) {
        return nonZero ? whenNonZero : whenZero;
    }

    public ParameterCondition withLocks(UnaryOperator<org.lockaudit.core.program.LockId> f) {
        return new ParameterCondition(parameter, name, map(whenNonZero, f), map(whenZero, f), out);
    }

    private static List<LockChange> map(List<LockChange> in, UnaryOperator<org.lockaudit.core.program.LockId> f) {
        return in.stream().map(c -> c.withLock(f.apply(c.lock()))).filter(c -> c.lock() != null).toList();
    }

    /** {@code if locking: acquires l}; {@code if it sets *busy: [], else: acquires l}. */
    public String describe() {
        return (out ? "if it sets " : "if ") + name + ": " + whenNonZero.stream().map(LockChange::describe).toList()
                + ", else: " + whenZero.stream().map(LockChange::describe).toList();
    }
}
