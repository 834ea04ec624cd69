package org.lockaudit.core.inference;

/** What protects a field, in one word. */
public enum FieldStatus {
    /** A lock is held at the accesses that need one (declared, or inferred with some support). */
    GUARDED("guarded"),
    /** Written only while its object was private (before publication / after unpublication): reads need no lock. */
    INIT_ONLY("init-only"),
    /** Never written in the analysed code. */
    IMMUTABLE("immutable"),
    /** Accessed only through atomic builtins or helpers. */
    ATOMIC("atomic"),
    /** Written while shared, never under a lock, but every such access holds a counted reference: lifetime only. */
    LIFETIME_ONLY("lifetime-only"),
    /** Written while shared, and no lock is held at any of its accesses. */
    UNGUARDED("unguarded");

    private final String id;

    FieldStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
