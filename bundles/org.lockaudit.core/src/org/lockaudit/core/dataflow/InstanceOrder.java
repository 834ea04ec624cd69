package org.lockaudit.core.dataflow;

import org.lockaudit.core.program.LockId;

/**
 * Which held locks order an acquisition instance by instance: two bound member locks of one class reached through
 * different bases ({@code a->m} held when {@code b->m} is taken). The class-level lock-order graph never sees these
 * (re-taking a class is no edge there); they are kept per instance so that callers can name the objects.
 */
public final class InstanceOrder {
    private InstanceOrder() {
    }

    /**
     * Whether {@code held} is another instance of {@code lock}'s class, held by this function (taken or asserted,
     * not only known from its callers), both named through a base the binder can follow.
     */
    public static boolean sameClassOtherInstance(HeldLock held, LockId lock) {
        LockId l = held.lock();
        return !l.equals(lock) && l.kind() == LockId.Kind.MEMBER && lock.kind() == LockId.Kind.MEMBER
                && l.base() != null && lock.base() != null && l.bound() && lock.bound()
                && l.orderClass().equals(lock.orderClass())
                && !(held.entry() == HeldLock.EntryHold.CONTEXT && !held.own());
    }
}
