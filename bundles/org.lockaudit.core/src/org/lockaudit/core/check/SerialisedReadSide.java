package org.lockaudit.core.check;

import java.util.List;
import java.util.function.Function;

import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.facts.LockMode;

/**
 * Writes under a read lock that a second, exclusive lock serialises: a write made with R held for reading and X
 * held exclusively is not a {@code write-under-read-lock} when every other write of the same target that holds R
 * for reading also holds X exclusively (writes holding R for writing shut every reader out by themselves). R then
 * only pins what X is reached through (Xen's {@code pt_lock()}: the domain's {@code pt_migrate} for reading so that
 * {@code pt->vcpu} stays put, then that vCPU's {@code tm_lock}); the writers on the read side are serialised by X.
 * A write with no such X (a counter bumped under a read lock alone) is still reported, and so is every read-side
 * write of a target that one read-side write makes without X. Heuristic and limit: locks are compared by canonical
 * id (class), not instance, so two read-side writers holding X of different objects that reach the same target
 * are taken as serialised; writes holding R in no mode are not considered (left to the guard inference).
 */
final class SerialisedReadSide {
    private SerialisedReadSide() {
    }

    /**
     * Whether {@code write} (holding {@code read} for reading) holds an exclusive lock that every other write in
     * {@code all} holding {@code read} for reading only also holds exclusively.
     */
    static <W> boolean serialised(W write, HeldLockSet writeHeld, HeldLock read, List<W> all, Function<W, HeldLockSet> held) {
        String r = read.lock().canonical();
        for (HeldLock x : writeHeld) {
            if (x == read || x.mode() == LockMode.SHARED || x.lock().canonical().equals(r)) {
                continue;
            }
            boolean everywhere = true;
            for (W o : all) {
                if (o == write) {
                    continue;
                }
                HeldLockSet oh = held.apply(o);
                if (mode(oh, r) == LockMode.SHARED && mode(oh, x.lock().canonical()) != LockMode.EXCLUSIVE) {
                    everywhere = false;
                    break;
                }
            }
            if (everywhere) {
                return true;
            }
        }
        return false;
    }

    /**
     * The strongest mode {@code canonical} is held in, {@code null} when not held (any non-shared mode counts as
     * exclusive).
     */
    private static LockMode mode(HeldLockSet held, String canonical) {
        LockMode best = null;
        for (HeldLock h : held) {
            if (h.lock().canonical().equals(canonical)) {
                if (h.mode() != LockMode.SHARED) {
                    return LockMode.EXCLUSIVE;
                }
                best = LockMode.SHARED;
            }
        }
        return best;
    }
}
