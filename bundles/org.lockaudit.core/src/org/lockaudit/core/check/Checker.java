package org.lockaudit.core.check;

import org.lockaudit.core.dataflow.LockSetListener;

/**
 * One finding kind's checker: observes every function's stable lock states and reports to its sink, during the
 * runs (local checks) or in {@link #finish()} (whole-program checks).
 */
public interface Checker extends LockSetListener {
    FindingKind kind();

    default void finish() {
    }
}
