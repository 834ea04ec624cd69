package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.ReturnClass;
import org.lockaudit.core.dataflow.ReturnPoint;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * {@code inconsistent-return}: a lock this function takes (or a lock held on entry that it releases) is held when it
 * returns on some paths and not on others. Returns are compared per result class: a try-style function that
 * returns non-zero with the lock and zero without it is consistent. A return whose value cannot be classified
 * belongs to both classes. Returns are also consistent when a parameter's truth decides the lock on every return
 * ({@code void lock_if(bool cond, spinlock_t *l)}): the caller chose by its argument (see ParameterCondition).
 * Reported once per function and lock, at a return where the paths disagree, with both paths. A lock a caller
 * releases after the call is handed to that caller on purpose ({@link LockHandOffs}): not reported. Nor is a
 * recursive-by-owner wrapper, whose path without the lock is chosen by a test of the lock's own container (the
 * caller already holds it: see OwnerCondition), nor the definition of a lock primitive the lock API declares
 * ({@link LockPrimitives}).
 */
public final class InconsistentReturnChecker implements Checker {
    private final FindingSink sink;
    private final Map<FunctionId, List<ReturnPoint>> returns = new LinkedHashMap<>();
    private final java.util.function.Function<FunctionId, org.lockaudit.core.facts.Function> bodies;
    private final LockHandOffs handOffs;
    private final org.lockaudit.core.lockapi.LockApi api;

    public InconsistentReturnChecker(FindingSink sink) {
        this(sink, f -> null, null);
    }

    /**
     * {@code bodies}: each function's facts (its parameters, whose truth may decide the lock); with
     * {@code handOffs}, a lock a caller releases after the call is the function's contract ({@link LockHandOffs}).
     */
    public InconsistentReturnChecker(FindingSink sink,
            java.util.function.Function<FunctionId, org.lockaudit.core.facts.Function> bodies, LockHandOffs handOffs) {
        this(sink, bodies, handOffs, null);
    }

    /** With {@code api}, the definitions of its lock primitives are not checked ({@link LockPrimitives}). */
    public InconsistentReturnChecker(FindingSink sink,
            java.util.function.Function<FunctionId, org.lockaudit.core.facts.Function> bodies, LockHandOffs handOffs,
            org.lockaudit.core.lockapi.LockApi api) {
        this.sink = sink;
        this.bodies = bodies;
        this.handOffs = handOffs;
        this.api = api;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.INCONSISTENT_RETURN;
    }

    @Override
    public void returns(FunctionId fn, ReturnPoint point) {
        returns.computeIfAbsent(fn, k -> new ArrayList<>()).add(point);
    }

    /** RELEASED: a lock held on entry that this path released (the caller's hold is gone). */
    private enum Status { HELD, MIXED, NOT_HELD, RELEASED }

    /** Whether the lock is held by this function at return (or, for an entry lock, still held as on entry). */
    private static Status status(LockState s, LockId l) {
        HeldLock must = s.must().get(l);
        HeldLock may = s.may().get(l);
        boolean releasedAll = s.releasedMust().contains(l) && may == null;
        boolean releasedSome = s.releasedMay().contains(l) && !s.releasedMust().contains(l) && may == null;
        if (releasedAll) {
            return Status.RELEASED;
        }
        if (releasedSome) {
            return Status.MIXED;
        }
        if (must != null && must.own() && s.releasedMust().contains(l)) {
            // dropped and taken again (spin_unlock(&s->lock); set_timer(..); spin_lock(&s->lock)): as on entry
            return Status.NOT_HELD;
        }
        if (must != null) {
            return Status.HELD;
        }
        if (may != null && may.own()) {
            return Status.MIXED;
        }
        return Status.NOT_HELD;
    }

    @Override
    public void finish() {
        for (Map.Entry<FunctionId, List<ReturnPoint>> e : returns.entrySet()) {
            if (api != null && LockPrimitives.declared(api, e.getKey().name())) {
                continue;
            }
            List<ReturnPoint> rs = new ArrayList<>(org.lockaudit.core.dataflow.ResultConvention.refine(e.getValue()));
            rs.sort((a, b) -> Integer.compare(a.step().line(), b.step().line()));
            TreeSet<LockId> locks = new TreeSet<>();
            for (ReturnPoint r : rs) {
                for (HeldLock h : r.state().may()) {
                    if (h.own()) {
                        locks.add(h.lock());
                    }
                }
                locks.addAll(r.state().releasedMay().asList());
            }
            for (LockId l : locks) {
                if (!l.bound() || handOffs != null && handOffs.releasedByCaller(e.getKey(), l) != null
                        || org.lockaudit.core.dataflow.OwnerCondition.effect(l, rs) != null) {
                    continue;
                }
                boolean reported = false;
                for (ReturnClass c : List.of(ReturnClass.ZERO, ReturnClass.NON_ZERO)) {
                    if (check(e.getKey(), l, c, rs)) {
                        reported = true;
                        break;
                    }
                }
                if (!reported) {
                    heldOnError(e.getKey(), l, rs);
                }
            }
        }
    }

    private boolean check(FunctionId fn, LockId l, ReturnClass c, List<ReturnPoint> all) {
        // a lock named by a pointer local or parameter does not exist on a path where that pointer is known NULL
        // (if (_T) spin_unlock(_T);): such returns say nothing of it
        String pointer = l.variable();
        List<ReturnPoint> rs = all.stream().filter(r -> r.result().includes(c))
                .filter(r -> pointer == null || !Boolean.FALSE.equals(r.state().locals().get(pointer))).toList();
        ReturnPoint held = null;
        ReturnPoint notHeld = null;
        ReturnPoint released = null;
        for (ReturnPoint r : rs) {
            Status s = status(r.state(), l);
            if (s == Status.MIXED) {
                HeldLock may = r.state().may().get(l);
                // On the path that took it, the lock is held at the return: the last step says so, whatever the
                // joined state's must-set (which cannot contain a lock held on some paths only).
                Step ret = r.step();
                List<Step> heldPath = may != null
                        ? Paths.to(may.acquiredAt(), new Step(ret.file(), ret.line(), ret.what(),
                                ret.heldAfter().with(may)), List.of())
                        : Paths.to(r.state().trail(), null, List.of());
                List<Step> freePath = Paths.to(r.state().notHeldPath(l), r.step(), List.of());
                report(fn, l, c, rs, r, heldPath, freePath);
                return true;
            }
            if (s == Status.HELD && held == null) {
                held = r;
            } else if (s == Status.NOT_HELD && notHeld == null) {
                notHeld = r;
            } else if (s == Status.RELEASED && released == null) {
                released = r;
            }
        }
        // A caller's lock released on some paths and kept on others is not reported: conditional unlock wrappers
        // (a recursion count reaching zero, a flag, a NULL test) are common and correct. Limit: a function that
        // drops its caller's lock and forgets to take it again on one path is missed.
        if (notHeld == null) {
            notHeld = released;
        }
        if (held != null && notHeld != null) {
            if (decidedByParameter(fn, l, rs)) {
                return true;
            }
            report(fn, l, c, rs, held, Paths.to(held.state().trail(), null, List.of()),
                    Paths.to(notHeld.state().trail(), null, List.of()));
            return true;
        }
        return false;
    }

    /**
     * Every return knows one parameter's truth, that truth alone decides whether {@code l} is held, and the returns
     * without it never touched it ({@code if (cond) spin_lock(l);}).
     */
    private boolean decidedByParameter(FunctionId fn, LockId l, List<ReturnPoint> rs) {
        org.lockaudit.core.facts.Function body = bodies.apply(fn);
        if (body == null || (operates(body, fn, l, org.lockaudit.core.facts.LockOpKind.RELEASE)
                && (operates(body, fn, l, org.lockaudit.core.facts.LockOpKind.ACQUIRE)
                        || operates(body, fn, l, org.lockaudit.core.facts.LockOpKind.TRY_ACQUIRE)))) {
            return false; // a body that takes and releases the lock is not a conditional lock (or unlock) wrapper
        }
        for (String p : body.getParameters()) {
            Status onTrue = null;
            Status onFalse = null;
            boolean decides = p != null && !p.isEmpty();
            for (ReturnPoint r : rs) {
                Boolean v = decides ? r.state().locals().get(p) : null;
                Status st = status(r.state(), l);
                // a conditional lock wrapper never releases the lock: the side without it left it untouched (a
                // path that took and released it, or released it, is a leak on the other side, not a contract)
                if (v == null || st == Status.MIXED || st == Status.NOT_HELD && !r.state().untouched(l)
                        && !r.state().held(l)) {
                    decides = false;
                    break;
                }
                Status seen = v ? onTrue : onFalse;
                if (seen != null && seen != st) {
                    decides = false;
                    break;
                }
                if (v) {
                    onTrue = st;
                } else {
                    onFalse = st;
                }
            }
            if (decides && onTrue != null && onFalse != null && onTrue != onFalse) {
                return true;
            }
        }
        return false;
    }

    /** The body has an operation {@code kind} on {@code l}'s class, reachable or not. */
    private static boolean operates(org.lockaudit.core.facts.Function body, FunctionId fn, LockId l,
            org.lockaudit.core.facts.LockOpKind kind) {
        for (org.lockaudit.core.facts.CfgNode n : body.getNodes()) {
            for (org.lockaudit.core.facts.Event e : n.getEvents()) {
                if (e instanceof org.lockaudit.core.facts.LockOperation op
                        && op.getOp() == kind && op.getLock() != null
                        && LockId.of(op.getLock(), fn).canonical().equals(l.canonical())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Per-class consistent but holding the lock when returning a negative constant, and not on the other class:
     * by kernel convention an error return with the lock still held, not a conditional acquisition (a conditional
     * acquisition holds the lock on success: zero, or a positive / try-lock result).
     */
    private void heldOnError(FunctionId fn, LockId l, List<ReturnPoint> rs) {
        ReturnPoint error = null;
        ReturnPoint other = null;
        for (ReturnPoint r : rs) {
            Status s = status(r.state(), l);
            if (s == Status.HELD && r.returnsError() && error == null) {
                error = r;
            } else if (s == Status.NOT_HELD && r.result() == ReturnClass.ZERO && other == null) {
                other = r;
            }
        }
        if (error != null && other != null) {
            Step s = error.step();
            sink.report(new Finding(kind(), s.file(), s.line(), fn.name(), List.of(l.display()),
                    fn.name() + "() returns an error with " + l.display() + " held, and success without it",
                    List.of(EvidencePath.of("returns an error with " + l.display() + " held", error.state().trail().steps()),
                            EvidencePath.of("returns without " + l.display(), other.state().trail().steps())),
                    null));
        }
    }

    private void report(FunctionId fn, LockId l, ReturnClass c, List<ReturnPoint> rs, ReturnPoint at, List<Step> heldPath,
            List<Step> freePath) {
        boolean classesMatter = rs.stream().anyMatch(r -> r.result() != ReturnClass.UNKNOWN);
        String when = classesMatter && rs.stream().allMatch(r -> r.result() == c)
                ? (c == ReturnClass.ZERO ? " when returning zero" : " when returning non-zero") : "";
        Step s = at.step();
        sink.report(new Finding(kind(), s.file(), s.line(), fn.name(), List.of(l.display()),
                fn.name() + "() returns with " + l.display() + " held on some paths and not on others" + when,
                List.of(EvidencePath.of("returns with " + l.display() + " held", heldPath),
                        EvidencePath.of("returns without " + l.display(), freePath)),
                null));
    }
}
