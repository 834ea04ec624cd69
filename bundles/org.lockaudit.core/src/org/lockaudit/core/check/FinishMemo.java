package org.lockaudit.core.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the whole-program checkers' {@link Checker#finish()} concluded last time, per independent part, for an
 * analysis that finishes them again after an edit ({@code AnalysisSession}): a part whose inputs are equal to last
 * time's (the records the functions' {@link FunctionChecks} hold, absorbed in pass order: the same objects for the
 * functions not analysed again) gives the same findings, which are reported again instead of computed again. Parts:
 * a strongly connected set of lock classes of the lock-order graph ({@link LockOrderChecker}: shortest cycle, the key
 * functions' search; inputs its classes, how each is shown, its edges and their witnesses), the writes of one target
 * ({@link WriteUnderReadLockChecker}). Inputs are compared by value (records of strings, numbers, lock ids, held lock
 * sets and steps, whose equality covers everything a finding shows of them), so a function analysed again whose
 * witness came out the same (an edit elsewhere in its body) leaves the part as it was. Not thread-safe; one analysis at
 * a time. {@link #clear()} with the analysis' other memos.
 */
public final class FinishMemo {
    /** A part's inputs (compared element by element, by value) and its findings. */
    record Part(List<Object> inputs, List<Finding> findings) {
        boolean sameInputs(List<Object> now) {
            if (now.size() != inputs.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                Object a = now.get(i), b = inputs.get(i);
                if (a != b && (a == null || !a.equals(b))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Lock-order: per strongly connected set of classes (sorted), last finish's. */
    Map<List<String>, Part> components = new HashMap<>();
    /** Write under a read lock: per written target. */
    Map<String, Part> targets = new HashMap<>();
    private int reused;
    private int computed;

    public void clear() {
        components.clear();
        targets.clear();
    }

    /** Parts the last finish reported from the memo / computed (for tests and statistics). */
    public int reused() {
        return reused;
    }

    public int computed() {
        return computed;
    }

    void counted(boolean reuse) {
        if (reuse) {
            reused++;
        } else {
            computed++;
        }
    }

    /** Starts a finish: counts from zero; parts not seen again are dropped by the checkers. */
    public void startFinish() {
        reused = 0;
        computed = 0;
    }

    /** Gives the whole-program checkers of {@code checkers} this memo (the others ignore it). */
    public void attach(List<Checker> checkers) {
        for (Checker c : checkers) {
            if (c instanceof LockOrderChecker l) {
                l.memo = this;
            } else if (c instanceof WriteUnderReadLockChecker w) {
                w.memo = this;
            }
        }
        startFinish();
    }
}
