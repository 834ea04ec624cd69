package org.lockaudit.core.explain;

/** Whether one access is safe, in one word (the hover's last line). */
public enum Verdict {
    /** The field's guard is held here in every calling context. */
    PROTECTED("protected"),
    /** The field has a guard (declared or inferred) and some calling context reaches this access without it. */
    UNPROTECTED("unprotected"),
    /** The object is private here (before publication or after unpublication): no lock needed. */
    EXEMPT("exempt"),
    /** Only a counted reference is held: the object stays alive, its fields are not guarded. */
    LIFETIME_ONLY("lifetime-only"),
    /** An atomic access. */
    ATOMIC("atomic"),
    /** The field needs no lock (init-only or never written). */
    NO_LOCK_NEEDED("no lock needed");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
