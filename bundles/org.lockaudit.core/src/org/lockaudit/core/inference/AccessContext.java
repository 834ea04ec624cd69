package org.lockaudit.core.inference;

import java.util.List;

/**
 * One calling context of a function: the call chain that leads to it from a function with no known caller
 * ({@code callPath}, outermost first, each {@code function (file:line)}) and the function the context's accesses are
 * attributed to ({@code attributedTo}: the function itself, or for an inline function defined in a header, the
 * non-inline function it was called from — it is inlined there, and matching by caller name keeps the pair stable
 * across versions). {@code heldUnnamed}: the classes of member locks a caller on the chain holds on every path to
 * the call but through an object this function cannot name ({@code t->lock} of the caller's local {@code t}, not
 * passed down): the context's entry locks leave them out (no finding may rest on an instance nobody here names),
 * and only the race rule, which compares locks by class, counts them as held.
 */
public record AccessContext(List<String> callPath, String attributedTo, java.util.Set<String> heldUnnamed) {
    public AccessContext {
        callPath = List.copyOf(callPath);
        heldUnnamed = java.util.Set.copyOf(heldUnnamed);
    }

    public AccessContext(List<String> callPath, String attributedTo) {
        this(callPath, attributedTo, java.util.Set.of());
    }

    public String describe() {
        return callPath.isEmpty() ? "no known caller" : "via " + String.join(" → ", callPath);
    }
}
