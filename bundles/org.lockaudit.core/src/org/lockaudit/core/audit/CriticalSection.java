package org.lockaudit.core.audit;

import java.util.List;

/**
 * One critical section of the audited lock: the function, the span ({@code file}, {@code startLine} to
 * {@code endLine}), how the lock is held there ({@code how}: taken here, through a wrapper, asserted, or held by
 * every caller), the callees run under it, the fields it accesses directly, the protected fields it touches
 * (directly or in callees), and whether it touches none of them (held for nothing).
 */
public record CriticalSection(String function, String file, int startLine, int endLine, String how, List<String> callees,
        List<String> directFields, List<String> touched, boolean heldForNothing) {
    public CriticalSection {
        callees = List.copyOf(callees);
        directFields = List.copyOf(directFields);
        touched = List.copyOf(touched);
    }

    /** Taken in this function (directly or through a wrapper), not merely held on entry. */
    public boolean taken() {
        return how.startsWith("taken");
    }
}
