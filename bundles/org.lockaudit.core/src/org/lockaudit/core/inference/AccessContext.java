package org.lockaudit.core.inference;

import java.util.List;

/**
 * One calling context of a function: the call chain that leads to it from a function with no known caller
 * ({@code callPath}, outermost first, each {@code function (file:line)}) and the function the context's accesses are
 * attributed to ({@code attributedTo}: the function itself, or for an inline function defined in a header, the
 * non-inline function it was called from — it is inlined there, and matching by caller name keeps the pair stable
 * across versions).
 */
public record AccessContext(List<String> callPath, String attributedTo) {
    public AccessContext {
        callPath = List.copyOf(callPath);
    }

    public String describe() {
        return callPath.isEmpty() ? "no known caller" : "via " + String.join(" → ", callPath);
    }
}
