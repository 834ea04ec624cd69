package org.lockaudit.core.audit;

import java.util.List;

/**
 * One (function, field) pair: the accesses in the old version made under the audited lock ({@code before}, as
 * {@code file:line kind}), the matching accesses in the new one ({@code after}), the outcome, the lock(s) that
 * protect the pair now ({@code locks}), the locks held at every matching access, and a note on why.
 */
public record DiffRow(String function, String field, DiffOutcome outcome, List<String> locks, List<String> heldAfter,
        List<String[]> before, List<String[]> after, String note) {
    public DiffRow {
        locks = List.copyOf(locks);
        heldAfter = List.copyOf(heldAfter);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
