package org.lockaudit.core.audit;

/** What protects, in the new version, an access the audited lock protected in the old one. */
public enum DiffOutcome {
    /** Still the audited lock (or, for a field the lock only co-guarded, the same other guard as before). */
    SAME("same"),
    /** Now protected by other lock(s), named in the row. */
    MOVED("moved"),
    /** No lock, on a field that needs none (init-only, immutable, atomic): only the object's lifetime matters. */
    LIFETIME_ONLY("lifetime-only"),
    /** No lock, on a mutable field: a defect. */
    UNPROTECTED("UNPROTECTED"),
    /** New in the new version (no counterpart), no lock, on a mutable field. */
    NEW_UNGUARDED("new-unguarded"),
    /** The function no longer accesses the field. */
    REMOVED("removed");

    private final String id;

    DiffOutcome(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
