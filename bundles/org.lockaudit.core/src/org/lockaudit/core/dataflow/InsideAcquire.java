package org.lockaudit.core.dataflow;

import java.util.List;

import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.LockId;

/**
 * A lock a function takes at some point (possibly releasing it again before returning) while it was not held
 * relative to its entry: directly or in a callee. A caller that already holds it deadlocks (unless both are
 * recursive or read sides); a caller holding another lock orders the two. {@code path} leads from the function's
 * entry to the acquisition. {@code heldWith}: other bound instances of the same lock class the function itself
 * (or a callee of it) holds on some path where it takes this one ({@code a->m} when {@code transfer(a, b)} takes
 * {@code b->m}), so that a caller can order the objects it passes (instance-aware lock order).
 */
public record InsideAcquire(LockId lock, LockMode mode, IrqEffect irq, List<Step> path, List<LockId> releasedBefore,
        List<LockId> heldWith) {
    public InsideAcquire {
        path = List.copyOf(path);
        releasedBefore = List.copyOf(releasedBefore);
        heldWith = List.copyOf(heldWith);
    }

    public InsideAcquire(LockId lock, LockMode mode, IrqEffect irq, List<Step> path, List<LockId> releasedBefore) {
        this(lock, mode, irq, path, releasedBefore, List.of());
    }

    public InsideAcquire withLock(LockId other) {
        return new InsideAcquire(other, mode, irq, path, releasedBefore, heldWith);
    }

    /**
     * The same acquisition with the locks its function released before it ({@code releasedBefore}: held by the
     * callers and dropped, as {@code execute_timer} drops the timer lock its caller holds before taking it again)
     * and the instances held with it renamed by {@code f}; a lock {@code f} cannot name, or names as an unknown
     * instance, is left out.
     */
    public InsideAcquire withReleased(java.util.function.UnaryOperator<LockId> f) {
        if (releasedBefore.isEmpty() && heldWith.isEmpty()) {
            return this;
        }
        List<LockId> r = releasedBefore.stream().map(f).filter(java.util.Objects::nonNull).toList();
        List<LockId> w = heldWith.stream().map(f).filter(l -> l != null && l.bound()).toList();
        return new InsideAcquire(lock, mode, irq, path, r, w);
    }

    /** This acquisition also made while {@code more} are held (same class, other instances), without duplicates. */
    public InsideAcquire withHeldWith(List<LockId> more) {
        if (heldWith.containsAll(more)) {
            return this;
        }
        List<LockId> w = new java.util.ArrayList<>(heldWith);
        for (LockId l : more) {
            if (!w.contains(l)) {
                w.add(l);
            }
        }
        return new InsideAcquire(lock, mode, irq, path, releasedBefore, w);
    }

    public InsideAcquire prefixed(List<Step> prefix) {
        List<Step> p = new java.util.ArrayList<>(prefix);
        p.addAll(path);
        return new InsideAcquire(lock, mode, irq, p, releasedBefore, heldWith);
    }
}
