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

    /**
     * Whether the callee's assertion is reached with this call's arguments on a path that knows {@code before}: a
     * requirement on an argument's truth ({@code pci_get_pdev(d, ..)} needs the lock only when {@code d} is NULL;
     * a function that returns early on a zero count asserts only for the others) counts where the path gives the
     * argument that truth. An argument named in {@code passedOn} (the caller's own parameters, whose truth its
     * callers decide) counts unless the path knows otherwise. Heuristic and limit: another argument the path knows
     * nothing of is taken as non-zero, a pointer as not NULL (a caller that may pass NULL without the lock is missed;
     * one that may pass a zero count is reported).
     */
    public boolean reached(LockState before, java.util.Collection<String> passedOn) {
        for (java.util.Map.Entry<String, Boolean> e : when.entrySet()) {
            Boolean known = before.locals().get(e.getKey());
            if (known == null && passedOn.contains(e.getKey())) {
                continue;
            }
            if (!e.getValue().equals(known != null ? known : Boolean.TRUE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * This requirement of a callee, not met at a call in a function that never touched the lock on the path there,
     * as the calling function's own: its callers must hold the lock ({@code pci_get_real_pdev()} calls
     * {@code pci_get_pdev(NULL, ..)}, which asserts {@code pcidevs_locked()}). Its conditions on arguments that are
     * the calling function's {@code parameters} carry over (the others were decided at the call, {@link #reached});
     * evidence: the call, then the callee's.
     */
    public Requirement inheritedAt(Step call, String callee, java.util.Collection<String> parameters) {
        java.util.Map<String, Boolean> truths = new java.util.TreeMap<>();
        when.forEach((k, v) -> {
            if (parameters.contains(k)) {
                truths.put(k, v);
            }
        });
        List<Step> path = new java.util.ArrayList<>(evidence.size() + 1);
        path.add(call);
        path.addAll(evidence);
        String through = how.contains(" in ") ? how : how + " in " + callee + "()";
        return new Requirement(lock, mode, through, path, truths);
    }

    public Step where() {
        return evidence.isEmpty() ? null : evidence.get(evidence.size() - 1);
    }
}
