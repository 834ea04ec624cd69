package org.lockaudit.core.dataflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.lockaudit.core.program.LockId;

/**
 * The NULL-on-failure convention of lookups that return with a lock: {@code return NULL} on the paths that dropped
 * (or never took) the lock, {@code return next} (a value the facts cannot classify) on the paths that hold it.
 * Such unclassified returns are taken as non-zero, so the function is try-style (the lock held exactly when the
 * result is non-zero) for its callers and for the inconsistent-return check.
 *
 * The same for a lock held on entry that the NULL paths release ({@code sched_wait_rendezvous_in()} dropping its
 * caller's lock before returning NULL).
 *
 * <p>Heuristic and limit: applied only when every constant return is zero, every unclassified return has the same
 * lock effect (locks taken, entry locks released), on all of its paths, and every zero return a different one; a
 * function that really can return NULL from the unclassified expression with the lock held is then not reported.
 */
public final class ResultConvention {
    private ResultConvention() {
    }

    public static List<ReturnPoint> refine(List<ReturnPoint> returns) {
        List<ReturnPoint> unknown = new ArrayList<>();
        List<ReturnPoint> zero = new ArrayList<>();
        for (ReturnPoint r : returns) {
            if (r.result() == ReturnClass.UNKNOWN && r.constant() == null && r.step().what().startsWith("returns ")) {
                unknown.add(r);
            } else if (r.constant() != null && r.constant() == 0) {
                zero.add(r);
            } else if (r.constant() != null) {
                return returns;
            }
        }
        if (unknown.isEmpty() || zero.isEmpty()) {
            return returns;
        }
        String effect = effect(unknown.get(0).state());
        if (effect == null) {
            return returns;
        }
        for (ReturnPoint r : unknown) {
            if (!effect.equals(effect(r.state()))) {
                return returns;
            }
        }
        for (ReturnPoint r : zero) {
            if (effect.equals(effect(r.state()))) {
                return returns;
            }
        }
        List<ReturnPoint> out = new ArrayList<>(returns.size());
        for (ReturnPoint r : returns) {
            out.add(unknown.contains(r) ? new ReturnPoint(r.step(), ReturnClass.NON_ZERO, r.state(), r.predicateOf(),
                    r.negated(), r.constant(), r.returnedLock(), r.variable()) : r);
        }
        return out;
    }

    /** The return's net lock effect (own holds, released entry locks), or null when it varies by path. */
    private static String effect(LockState s) {
        Set<LockId> held = new TreeSet<>();
        for (HeldLock h : s.may()) {
            HeldLock must = s.must().get(h.lock());
            if (must == null || !s.releasedMust().equals(s.releasedMay())) {
                return null; // held, or released, on some paths only
            }
            if (h.own()) {
                held.add(h.lock());
            }
        }
        if (!s.releasedMust().equals(s.releasedMay())) {
            return null;
        }
        return held + " released " + new TreeSet<>(s.releasedMust().asList());
    }
}
