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

    /**
     * Whether an inferred guard has the evidence to yield findings: held at every write and at a clear majority
     * ({@code minSupport}) of at least {@code minAccesses} accesses; or, for the object's own lock, held at every
     * write and at half of two accesses or more (a threshold a sixth below {@code minSupport}, so a configuration
     * that raises one raises both). Heuristic: a struct's own lock taken around every write of its
     * field states the intent (a bare read of it is the classic race); a global or another object's lock held at
     * half the accesses was, on real trees (docs/precision.md), mostly a coincidence. A declared guard is neither.
     */
    public boolean strong(GuardOptions options) {
        if (writes == 0 || heldWrites != writes || guard == null) {
            return false;
        }
        if (guard.relation() == LockRelation.OWN) {
            return accesses >= 2 && support() >= Math.max(0.5, options.minSupport() - 1.0 / 6);
        }
        return accesses >= options.minAccesses() && support() >= options.minSupport();
    }

    /** {@code declared}, {@code strong} or {@code weak}: how far the guard can be trusted, in every output. */
    public String strength(GuardOptions options) {
        return declared != null ? "declared" : strong(options) ? "strong" : "weak";
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
