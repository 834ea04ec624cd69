package org.lockaudit.core.inference;

import java.util.List;

/**
 * The inferred (or declared) protection of one field or global, with its evidence: {@code guard} and how it was
 * found ({@code declared} with its source, else inferred), support ({@code held} of {@code accesses} that need a
 * lock, {@code heldWrites} of {@code writes}), the ranked candidates, the accesses that do not hold the guard, the
 * exempt and atomic accesses, and the declaration problems.
 */
public record FieldGuard(String field, boolean global, FieldStatus status, GuardCandidate guard, DeclaredGuard declared,
        boolean staleDeclaration, int accesses, int held, int writes, int heldWrites, List<Candidate> candidates,
        List<Counterexample> counterexamples, List<StaticAccess> exempt, int atomicAccesses, int totalAccesses,
        List<StaticAccess> sites) {

    /** A candidate guard with its support. */
    public record Candidate(GuardCandidate lock, int held, int heldWrites) {
    }

    public FieldGuard {
        candidates = List.copyOf(candidates);
        counterexamples = List.copyOf(counterexamples);
        exempt = List.copyOf(exempt);
        sites = List.copyOf(sites);
    }

    public double support() {
        return accesses == 0 ? 1.0 : (double) held / accesses;
    }

    /** {@code _pcidevs_lock held at 27 of 29 accesses (all 9 writes)}. */
    public String supportText() {
        if (guard == null) {
            return status.id();
        }
        String w = writes == 0 ? "no writes" : heldWrites == writes ? (writes == 1 ? "the only write" : "all " + writes + " writes")
                : heldWrites + " of " + writes + " writes";
        return guard.display() + " held at " + held + " of " + accesses + " accesses (" + w + ")";
    }

    public String guardText() {
        return switch (status) {
            case GUARDED -> guard.display();
            case INIT_ONLY -> "none needed (init-only)";
            case IMMUTABLE -> "none needed (never written)";
            case ATOMIC -> "none (atomic accesses only)";
            case LIFETIME_ONLY -> "none (lifetime-only: counted references, no lock)";
            case UNGUARDED -> "none (no lock held at any access)";
        };
    }
}
