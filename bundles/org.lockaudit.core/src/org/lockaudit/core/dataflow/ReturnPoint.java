package org.lockaudit.core.dataflow;

import org.lockaudit.core.program.LockId;

/**
 * A {@code return} (or the end of the body) reached in {@code state}, producing results of class {@code result};
 * {@code predicateOf} is set when the returned value is a held-ness query of that lock ({@code negated}: its
 * negation). {@code constant} is the returned constant, if any; {@code variable} the returned local, if any.
 */
public record ReturnPoint(Step step, ReturnClass result, LockState state, LockId predicateOf, boolean negated,
        Long constant, LockId returnedLock, String variable) {
    /** Returns a negative constant: an error code by kernel convention. */
    public boolean returnsError() {
        return constant != null && constant < 0;
    }
}
