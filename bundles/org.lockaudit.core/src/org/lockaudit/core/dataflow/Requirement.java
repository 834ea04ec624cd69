package org.lockaudit.core.dataflow;

import java.util.List;

import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.LockId;

/**
 * A lock a function needs held by its caller: asserted in its body before it takes the lock itself
 * ({@code ASSERT(spin_is_locked(..))}, a predicate function under an assertion, {@code lockdep_assert_held}), or
 * declared ({@code __must_hold}). {@code evidence} leads to the assertion or declaration.
 */
public record Requirement(LockId lock, LockMode mode, String how, List<Step> evidence,
        java.util.Map<String, Boolean> when) {
    public Requirement {
        evidence = List.copyOf(evidence);
        when = java.util.Map.copyOf(when);
    }

    /** A requirement on every path. */
    public Requirement(LockId lock, LockMode mode, String how, List<Step> evidence) {
        this(lock, mode, how, evidence, java.util.Map.of());
    }

    public Requirement withLock(LockId other) {
        return new Requirement(other, mode, how, evidence, when);
    }

    /**
     * Only when the named parameters (or, once mapped to a call, arguments) have these truths: the assertion is
     * reached only there ({@code ASSERT(d || pcidevs_locked())} asserts the lock where {@code d} is NULL: the caller
     * chooses by its argument).
     */
    public Requirement when(java.util.Map<String, Boolean> truths) {
        return new Requirement(lock, mode, how, evidence, truths);
    }

    /** The same lock required on two paths: only the conditions both share (none: on every path). */
    public Requirement meet(Requirement o) {
        java.util.Map<String, Boolean> both = new java.util.TreeMap<>();
        when.forEach((k, v) -> {
            if (v.equals(o.when.get(k))) {
                both.put(k, v);
            }
        });
        return both.equals(when) ? this : when(both);
    }

    public Step where() {
        return evidence.isEmpty() ? null : evidence.get(evidence.size() - 1);
    }
}
