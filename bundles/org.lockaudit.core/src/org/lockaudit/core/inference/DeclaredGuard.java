package org.lockaudit.core.inference;

/** A guard the code or configuration states for a field or global: lock name as written, and where it is said. */
public record DeclaredGuard(String target, String lock, String source, String file, int line) {
    public String where() {
        return file == null ? source : source + " at " + file + ":" + line;
    }
}
