package org.lockaudit.core.check;

/** Every kind of finding, with the stable id used in all outputs, suppressions and baselines. */
public enum FindingKind {
    INCONSISTENT_RETURN("inconsistent-return", "Lock held on some return paths only",
            "A lock is held when the function returns on some paths and not on others (with the same result for try-style functions)."),
    DOUBLE_ACQUIRE("double-acquire", "Non-recursive lock acquired while already held",
            "A lock that is not recursive is acquired, directly or in a callee, while this CPU already holds it: a self-deadlock."),
    RELEASE_UNHELD("release-unheld", "Release of a lock that is not held",
            "A lock is released, directly or by a callee, on a path where it is not held (never taken, or already released)."),
    PRECONDITION_VIOLATION("precondition-violation", "Call without a lock the callee requires",
            "A function that asserts or declares that a lock is held on entry is called on a path where the lock is not held."),
    WRITE_UNDER_READ_LOCK("write-under-read-lock", "Write under a lock held for reading only",
            "Data written elsewhere under a reader/writer lock held for writing is written here with that lock held for reading only."),
    IRQ_MISMATCH("irq-mismatch", "IRQ-saving lock and release do not pair",
            "An _irqsave/_irq acquisition is released by a plain unlock (or the reverse), or an IRQ-safe lock is also taken by a recursive acquisition that does not disable interrupts."),
    LOCK_ORDER_INVERSION("lock-order-inversion", "Locks acquired in inconsistent order",
            "The global lock-order graph has a cycle: lock A is taken while holding B somewhere and B while holding A elsewhere, a possible ABBA deadlock."),
    SUPPRESSION_WITHOUT_REASON("suppression-without-reason", "Suppression comment without a reason",
            "A lockaudit: ignore comment must say why the finding is wrong or accepted."),
    UNGUARDED_ACCESS("unguarded-access", "Access without the lock that guards the field elsewhere",
            "A field written under a lock at every write (and accessed under it at most accesses) is accessed here without that lock: a data race with those writers."),
    DECLARED_GUARD_VIOLATION("declared-guard-violation", "Access without the declared guard",
            "A field or global whose guard is declared (comment, attribute or configuration) is accessed without that lock, or the declaration names a lock never held at its accesses."),
    THREAD_EXIT_HOLDING("thread-exit-holding", "Thread exits holding a lock",
            "A thread ends (pthread_exit, thrd_exit, or a return from its start routine) while it holds a lock: no one can release it, and every other thread taking it blocks forever.");

    private final String id;
    private final String title;
    private final String description;

    FindingKind(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public static FindingKind byId(String id) {
        for (FindingKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
