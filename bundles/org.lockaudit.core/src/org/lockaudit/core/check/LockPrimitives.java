package org.lockaudit.core.check;

import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.lockapi.LockApi;
import org.lockaudit.core.lockapi.LockApiEntry;

/**
 * Definitions of the lock API's own primitives: a function whose name the lock API declares as taking, releasing or
 * trying a lock ({@code _percpu_read_lock}, whose fast path holds the lock by publishing it in a per-CPU slot and
 * whose slow path takes the underlying rwlock). Every call of it is that declared operation; its body implements the
 * lock itself, below the model of locks the analysis checks, so it is not an {@code inconsistent-return}.
 * Heuristic and limit: a real leak inside a primitive's implementation is missed; the names are the default
 * presets' (a tree's configured additions are not consulted here); a project wrapper, in no preset, is still
 * checked from its body.
 */
final class LockPrimitives {
    private LockPrimitives() {
    }

    /** Whether {@code name} is declared by {@code api} as an acquire, release or try operation. */
    static boolean declared(LockApi api, String name) {
        LockApiEntry e = api.lookup(name);
        return e != null && (e.op() == LockOpKind.ACQUIRE || e.op() == LockOpKind.RELEASE
                || e.op() == LockOpKind.TRY_ACQUIRE);
    }
}
