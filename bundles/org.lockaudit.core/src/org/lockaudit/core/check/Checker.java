package org.lockaudit.core.check;

import org.lockaudit.core.dataflow.LockSetListener;

/**
 * One finding kind's checker: observes every function's stable lock states and reports to its sink, during the
 * runs (local checks) or in {@link #finish()} (whole-program checks).
 *
 * <p>An analysis that observes only some functions again and keeps what the others gave last time
 * ({@link FunctionChecks}, for {@code AnalysisSession}) runs one fresh checker per function: a checker whose
 * {@link #finish()} reports from one function's callbacks alone (or reports nothing there) is finished per
 * function; a {@link #wholeProgram()} checker is {@link #absorb absorbed} function by function, in pass order,
 * into one checker that is finished once.
 */
public interface Checker extends LockSetListener {
    FindingKind kind();

    default void finish() {
    }

    /**
     * Whether {@link #finish()} relates the callbacks of several functions (lock order, a lock's interrupt use
     * elsewhere, writes of one field in several places). A checker that is not may be finished once per function.
     */
    default boolean wholeProgram() {
        return false;
    }

    /**
     * For a {@link #wholeProgram()} checker: takes in what {@code later} (a checker of the same class that observed
     * the functions coming next in pass order, and nothing else) collected and has not reported, so that this
     * checker is as if it had observed those callbacks itself. {@code later} is left unchanged.
     */
    default void absorb(Checker later) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is finished per function");
    }

    /** For a {@link #wholeProgram()} checker: whether absorbing it would change nothing (it collected nothing). */
    default boolean collectedNothing() {
        return false;
    }
}
