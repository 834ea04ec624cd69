package org.lockaudit.core.audit;

import java.util.List;

/**
 * One (function, field) pair: the accesses in the old version made under the audited lock ({@code before}, as
 * {@code file:line kind}), the matching accesses in the new one ({@code after}), the outcome, the lock(s) that
 * protect the pair now ({@code locks}), the locks held at every matching access, a note on why, and, when a
 * concurrent access of the field shares no lock with the pair ({@link SerialisingLocks}), that access
 * ({@code racing}: function, file, line, kind, its context, the locks it holds; else null).
 */
public record DiffRow(String function, String field, DiffOutcome outcome, List<String> locks, List<String> heldAfter,
        List<String[]> before, List<String[]> after, String note, String[] racing) {
    public DiffRow {
        locks = List.copyOf(locks);
        heldAfter = List.copyOf(heldAfter);
        before = List.copyOf(before);
        after = List.copyOf(after);
        racing = racing == null ? null : racing.clone();
    }

    public DiffRow(String function, String field, DiffOutcome outcome, List<String> locks, List<String> heldAfter,
            List<String[]> before, List<String[]> after, String note) {
        this(function, field, outcome, locks, heldAfter, before, after, note, null);
    }
}
