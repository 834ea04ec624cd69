package org.lockaudit.core.dataflow;

import java.util.List;

import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.LockId;

/**
 * A lock a function needs held by its caller: asserted in its body before it takes the lock itself
 * ({@code ASSERT(spin_is_locked(..))}, a predicate function under an assertion, {@code lockdep_assert_held}), or
 * declared ({@code __must_hold}). {@code evidence} leads to the assertion or declaration.
 */
public record Requirement(LockId lock, LockMode mode, String how, List<Step> evidence) {
    public Requirement {
        evidence = List.copyOf(evidence);
    }

    public Requirement withLock(LockId other) {
        return new Requirement(other, mode, how, evidence);
    }

    public Step where() {
        return evidence.isEmpty() ? null : evidence.get(evidence.size() - 1);
    }
}
