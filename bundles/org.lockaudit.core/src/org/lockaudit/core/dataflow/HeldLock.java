package org.lockaudit.core.dataflow;

import java.util.Objects;

import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.LockId;

/**
 * One lock held at a program point: how it was taken ({@code mode}: exclusive, shared/read side, recursive; and the
 * {@code irq} effect of the acquiring call), how many times this function took it ({@code ownDepth}, widened at
 * {@link #MAX_DEPTH}), and whether it was already held on entry ({@code entry}: asserted by the function itself,
 * or known from every caller). Immutable. {@code acquiredAt} is a witness path, not part of equality.
 */
public final class HeldLock {
    /** Recursion depth at which counting stops: "this many or more" (widening, so loops and recursion converge). */
    public static final int MAX_DEPTH = 4;

    public enum EntryHold {
        /** Not held at entry: this function took it. */
        NONE,
        /** Held at entry because the function asserts it (ASSERT(spin_is_locked(..)), lockdep_assert_held). */
        ASSERTED,
        /** Held at entry because every known caller holds it at the call. */
        CONTEXT
    }

    private final LockId lock;
    private final LockMode mode;
    private final IrqEffect irq;
    private final int ownDepth;
    private final EntryHold entry;
    private final Trail acquiredAt;

    public HeldLock(LockId lock, LockMode mode, IrqEffect irq, int ownDepth, EntryHold entry, Trail acquiredAt) {
        this.lock = lock;
        this.mode = mode == null ? LockMode.EXCLUSIVE : mode;
        this.irq = irq == null ? IrqEffect.NONE : irq;
        this.ownDepth = Math.min(ownDepth, MAX_DEPTH);
        this.entry = entry;
        this.acquiredAt = acquiredAt == null ? Trail.EMPTY : acquiredAt;
    }

    public static HeldLock acquired(LockId lock, LockMode mode, IrqEffect irq, Trail at) {
        return new HeldLock(lock, mode, irq, 1, EntryHold.NONE, at);
    }

    public LockId lock() {
        return lock;
    }

    public LockMode mode() {
        return mode;
    }

    public IrqEffect irq() {
        return irq;
    }

    public int ownDepth() {
        return ownDepth;
    }

    public EntryHold entry() {
        return entry;
    }

    public Trail acquiredAt() {
        return acquiredAt;
    }

    /** Taken by this function (rather than only held on entry). */
    public boolean own() {
        return ownDepth > 0;
    }

    public boolean heldOnEntry() {
        return entry != EntryHold.NONE;
    }

    /**
     * Taking the lock again in {@code requested} mode while held this way nests instead of deadlocking: a recursive
     * lock taken recursively, a read side taken for reading. A lock only known held on entry (asserted, or held by
     * callers) has no known mode; a recursive acquisition of it is assumed to nest.
     */
    public boolean reentrantFor(LockMode requested) {
        return requested == LockMode.RECURSIVE && (mode == LockMode.RECURSIVE || !own())
                || requested == LockMode.SHARED && mode == LockMode.SHARED;
    }

    /** One more level of this function's own holds. */
    public HeldLock nested(LockMode requested, IrqEffect requestedIrq, Trail at) {
        return own() ? new HeldLock(lock, mode, irq, ownDepth + 1, entry, acquiredAt)
                : new HeldLock(lock, requested, requestedIrq, 1, entry, at);
    }

    public HeldLock withDepth(int depth) {
        return new HeldLock(lock, mode, irq, depth, entry, acquiredAt);
    }

    public HeldLock withLock(LockId other) {
        return new HeldLock(other, mode, irq, ownDepth, entry, acquiredAt);
    }

    public HeldLock asContext(Trail witness) {
        return new HeldLock(lock, mode, irq, 0, EntryHold.CONTEXT, witness);
    }

    /**
     * Held on every path: the weaker facts of both (shallower depth, shared over exclusive). A lock held
     * recursively on one path and plainly on the other is still held exclusively against other CPUs: it meets as
     * recursive (re-taking it is allowed), never as shared (a write under it is not a write under a read lock).
     */
    HeldLock meet(HeldLock o) {
        if (equals(o)) {
            return this;
        }
        LockMode m = mode == o.mode ? mode
                : mode == LockMode.SHARED || o.mode == LockMode.SHARED ? LockMode.SHARED : LockMode.RECURSIVE;
        EntryHold e = entry == o.entry ? entry : entry == EntryHold.NONE ? o.entry : entry;
        int depth = Math.min(ownDepth, o.ownDepth);
        if (depth == 0 && e == EntryHold.NONE) {
            depth = 1;
        }
        return new HeldLock(lock, m, irq, depth, e, acquiredAt);
    }

    /** Held on some path: the stronger facts of both. */
    HeldLock widen(HeldLock o) {
        if (equals(o)) {
            return this;
        }
        LockMode m = mode == o.mode ? mode : LockMode.EXCLUSIVE;
        EntryHold e = entry != EntryHold.NONE ? entry : o.entry;
        return new HeldLock(lock, m, irq, Math.max(ownDepth, o.ownDepth), e, acquiredAt);
    }

    /** {@code _pcidevs_lock (recursive, depth 2)}. */
    public String describe() {
        StringBuilder b = new StringBuilder(lock.display());
        StringBuilder attrs = new StringBuilder();
        if (mode != LockMode.EXCLUSIVE) {
            attrs.append(mode == LockMode.SHARED ? "shared" : "recursive");
        }
        if (irq == IrqEffect.SAVE || irq == IrqEffect.DISABLE) {
            attrs.append(attrs.length() > 0 ? ", " : "").append(irq == IrqEffect.SAVE ? "irqsave" : "irq");
        }
        if (ownDepth > 1) {
            attrs.append(attrs.length() > 0 ? ", " : "").append("depth ").append(ownDepth == MAX_DEPTH ? MAX_DEPTH + "+" : ownDepth);
        }
        if (entry != EntryHold.NONE && ownDepth == 0) {
            attrs.append(attrs.length() > 0 ? ", " : "").append(entry == EntryHold.ASSERTED ? "asserted" : "held by callers");
        }
        return attrs.length() == 0 ? b.toString() : b.append(" [").append(attrs).append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeldLock h && lock.equals(h.lock) && mode == h.mode && irq == h.irq && ownDepth == h.ownDepth
                && entry == h.entry;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lock, mode, irq, ownDepth, entry);
    }

    @Override
    public String toString() {
        return describe();
    }
}
