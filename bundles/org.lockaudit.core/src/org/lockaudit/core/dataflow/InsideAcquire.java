package org.lockaudit.core.dataflow;

import java.util.List;

import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.LockId;

/**
 * A lock a function takes at some point (possibly releasing it again before returning) while it was not held
 * relative to its entry: directly or in a callee. A caller that already holds it deadlocks (unless both are
 * recursive or read sides); a caller holding another lock orders the two. {@code path} leads from the function's
 * entry to the acquisition.
 */
public record InsideAcquire(LockId lock, LockMode mode, IrqEffect irq, List<Step> path, List<LockId> releasedBefore) {
    public InsideAcquire {
        path = List.copyOf(path);
        releasedBefore = List.copyOf(releasedBefore);
    }

    public InsideAcquire withLock(LockId other) {
        return new InsideAcquire(other, mode, irq, path, releasedBefore);
    }

    /**
     * The same acquisition with the locks its function released before it ({@code releasedBefore}: held by the
     * callers and dropped, as {@code execute_timer} drops the timer lock its caller holds before taking it again)
     * renamed by {@code f}; a lock {@code f} cannot name is left out.
     */
    public InsideAcquire withReleased(java.util.function.UnaryOperator<LockId> f) {
        if (releasedBefore.isEmpty()) {
            return this;
        }
        List<LockId> r = releasedBefore.stream().map(f).filter(java.util.Objects::nonNull).toList();
        return new InsideAcquire(lock, mode, irq, path, r);
    }

    public InsideAcquire prefixed(List<Step> prefix) {
        List<Step> p = new java.util.ArrayList<>(prefix);
        p.addAll(path);
        return new InsideAcquire(lock, mode, irq, p, releasedBefore);
    }
}
