package org.lockaudit.core.dataflow;

import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.LockId;

/**
 * One net lock effect of a call, relative to the callee's entry: the lock is held afterwards ({@code ACQUIRE},
 * {@code depth} levels), or released ({@code RELEASE}); the {@code MAY_} forms hold on some of the callee's paths
 * only. {@code at} is where in the callee it happens.
 */
public record LockChange(Kind kind, LockId lock, LockMode mode, IrqEffect irq, int depth, Step at) {
    public enum Kind { ACQUIRE, RELEASE, MAY_ACQUIRE, MAY_RELEASE }

    public LockChange withLock(LockId other) {
        return new LockChange(kind, other, mode, irq, depth, at);
    }

    public String describe() {
        return switch (kind) {
            case ACQUIRE -> "acquires " + lock.display() + (mode == LockMode.RECURSIVE ? " (recursive)" : mode == LockMode.SHARED ? " (shared)" : "");
            case RELEASE -> "releases " + lock.display();
            case MAY_ACQUIRE -> "may acquire " + lock.display();
            case MAY_RELEASE -> "may release " + lock.display();
        };
    }
}
