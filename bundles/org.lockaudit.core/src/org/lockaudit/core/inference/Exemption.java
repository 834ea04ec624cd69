package org.lockaudit.core.inference;

/**
 * Why an access needs no lock: the object cannot be shared yet ({@code BEFORE_PUBLICATION}: allocated at
 * {@code line} into {@code variable}, not yet published) or any more ({@code AFTER_UNPUBLICATION}: unlinked at
 * {@code line}, freed afterwards).
 */
public record Exemption(Kind kind, String variable, String file, int line) {
    public enum Kind { BEFORE_PUBLICATION, AFTER_UNPUBLICATION }

    public String describe() {
        return kind == Kind.BEFORE_PUBLICATION
                ? "before publication: " + variable + " allocated at line " + line + ", not yet reachable by others"
                : "after unpublication: " + variable + " unlinked at line " + line + " and freed afterwards";
    }
}
