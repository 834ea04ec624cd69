package org.lockaudit.core.dataflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.lockaudit.core.program.LockId;

/**
 * The NULL-on-failure (or error-pointer) convention of lookups that return with a lock: {@code return NULL} on the paths that dropped
 * (or never took) the lock, {@code return next} (a value the facts cannot classify) on the paths that hold it.
 * Such unclassified returns are taken as non-zero, so the function is try-style (the lock held exactly when the
 * result is non-zero) for its callers and for the inconsistent-return check.
 *
 * The same for a lock held on entry that the NULL paths release ({@code sched_wait_rendezvous_in()} dropping its
 * caller's lock before returning NULL).
 *
 * <p>The same for the error-pointer convention of kernel-style lookups ({@code return ERR_PTR(-ENOMEM)} without the
 * lock, {@code return entry} with it; callers test {@code IS_ERR(p)}): a return of an error-pointer constructor
 * ({@link #ERROR_POINTERS}) is a failure like {@code return NULL}. When every failure return is an error pointer
 * ({@link #errorPointer}), a caller's {@code IS_ERR(p)} / {@code IS_ERR_OR_NULL(p)} ({@link #ERROR_TESTS}) of the
 * local {@code p} the result went into is decided by the path: true on the failure side, false on the success side
 * (the fact {@link #errorFact}, forgotten when {@code p} is assigned).
 *
 * <p>Heuristic and limit: applied only when every constant return is zero, every unclassified return has the same
 * lock effect (locks taken, entry locks released), on all of its paths, and every zero or error-pointer return a
 * different one; a function that really can return NULL (or an error pointer computed elsewhere, {@code return
 * PTR_ERR-carrying local}) from the unclassified expression with the lock held is then not reported. The constructor
 * and test names are the Linux / Xen spellings, matched by name only.
 */
public final class ResultConvention {
    private ResultConvention() {
    }

    /** Error-pointer constructors: a return of one is a failure. */
    public static final Set<String> ERROR_POINTERS = Set.of("ERR_PTR", "ERR_CAST");
    /** Tests of an error pointer: true for a failed result. */
    public static final Set<String> ERROR_TESTS = Set.of("IS_ERR", "IS_ERR_OR_NULL");

    /** Whether {@code r} returns an error-pointer constructor's value ({@code return ERR_PTR(-EINVAL)}). */
    static boolean returnsErrorPointer(ReturnPoint r) {
        return r.result() == ReturnClass.UNKNOWN && errorPointerText(r);
    }

    private static boolean errorPointerText(ReturnPoint r) {
        if (r.constant() != null || !r.step().what().startsWith("returns ")) {
            return false;
        }
        String v = r.step().what().substring("returns ".length()).strip();
        int paren = v.indexOf('(');
        return paren > 0 && v.endsWith(")") && ERROR_POINTERS.contains(v.substring(0, paren).strip());
    }

    /** The local fact "{@code variable} holds an error pointer" (see {@link #errorPointer}). */
    public static String errorFact(String variable) {
        return "?err:" + variable;
    }

    /**
     * Whether the function fails with error pointers only: the convention applies ({@link #refine} classifies) and
     * every failure return is an error pointer (none returns NULL), so {@code IS_ERR()} tells failure from success.
     */
    public static boolean errorPointer(List<ReturnPoint> returns) {
        if (returns.stream().noneMatch(ResultConvention::returnsErrorPointer)) {
            return false;
        }
        List<ReturnPoint> refined = refine(returns);
        if (refined == returns) {
            return false;
        }
        for (ReturnPoint r : refined) {
            if (r.result() == ReturnClass.ZERO && !errorPointerText(r)) {
                return false;
            }
        }
        return true;
    }

    public static List<ReturnPoint> refine(List<ReturnPoint> returns) {
        List<ReturnPoint> unknown = new ArrayList<>();
        List<ReturnPoint> zero = new ArrayList<>();
        for (ReturnPoint r : returns) {
            if (returnsErrorPointer(r)) {
                zero.add(r);
            } else if (r.result() == ReturnClass.UNKNOWN && r.constant() == null && r.step().what().startsWith("returns ")) {
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
            ReturnClass c = unknown.contains(r) ? ReturnClass.NON_ZERO : r.result() == ReturnClass.UNKNOWN
                    && zero.contains(r) ? ReturnClass.ZERO : null;
            out.add(c != null ? new ReturnPoint(r.step(), c, r.state(), r.predicateOf(), r.negated(), r.constant(),
                    r.returnedLock(), r.variable()) : r);
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
