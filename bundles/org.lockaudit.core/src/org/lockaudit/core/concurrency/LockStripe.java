package org.lockaudit.core.concurrency;

import org.lockaudit.core.program.LockId;

/**
 * A held lock that is one element of a global array of locks: {@code lru_locks[id]}, {@code item_locks[hv & mask]}
 * ({@code lock} is the array's canonical id, {@code index} the subscript as the binder spelt it, in the terms of the
 * function that took it). The binder keeps two subscripts apart, never "the same instance" (right for double
 * acquisition); for the race rule two stripes of one array may be the same lock unless their subscripts are two
 * different constants ({@link #mayEqual}).
 */
record LockStripe(String lock, String index) {

    static LockStripe of(LockId l) {
        if (l.kind() != LockId.Kind.GLOBAL || l.base() == null || l.unknownInstance() || !l.base().startsWith("[")) {
            return null;
        }
        int close = Subscripts.closing(l.base(), 0);
        if (close < 0) {
            return null;
        }
        return new LockStripe(l.canonical(), l.base().substring(1, close));
    }

    boolean mayEqual(LockStripe o) {
        return lock.equals(o.lock) && !Subscripts.distinctConstants(index, o.index);
    }
}
