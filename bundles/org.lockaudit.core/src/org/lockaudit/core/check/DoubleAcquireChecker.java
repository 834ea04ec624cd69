package org.lockaudit.core.check;

import java.util.List;

import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * {@code double-acquire}: a lock taken, directly or inside a callee, while this CPU already holds the same instance
 * and the two holds do not nest (both recursive, or both read sides). Try-locks never block and are skipped. A lock
 * only known held because every caller holds it is reported at those callers' call sites (through the callee's
 * summary), not inside the callee. Instances are compared by base text, so two different {@code struct} instances
 * never count as one.
 */
public final class DoubleAcquireChecker implements Checker {
    private final FindingSink sink;

    public DoubleAcquireChecker(FindingSink sink) {
        this.sink = sink;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.DOUBLE_ACQUIRE;
    }

    /** The current trail runs through the first acquisition: the path from it to here is shown step by step. */
    private static boolean sameStraightPath(HeldLock held, LockState before) {
        java.util.List<Step> first = held.acquiredAt().steps();
        java.util.List<Step> now = before.trail().steps();
        if (first.isEmpty() || now.size() < first.size() || !now.subList(0, first.size()).equals(first)) {
            return false;
        }
        // and the lock stays held at every step after it: a trail that released it on the way (a loop's earlier
        // iteration, a state joined with another at a merge) does not show it held here
        for (Step s : now.subList(first.size(), now.size())) {
            if (s.heldAfter() != null && !s.heldAfter().contains(held.lock())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void acquire(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, boolean tryLock,
            Step at, FunctionId via, List<Step> calleePath) {
        HeldLock held = before.may().get(lock);
        if (tryLock || held == null || !lock.bound() || held.reentrantFor(mode)
                || held.entry() == HeldLock.EntryHold.CONTEXT && !held.own()) {
            return;
        }
        boolean always = before.held(lock);
        if (!always && (!held.own() || !sameStraightPath(held, before))) {
            // Held on some paths only, and the evidence could not show one path from the first acquisition to this
            // one step by step (the paths were joined: a loop's back edge, a test correlated with an earlier one, a
            // flag in a struct field). Heuristic and limit: such a "possibly already held" is left unreported; a
            // lock held on every path is always reported.
            return;
        }
        String how = held.own() ? "acquired at " + Paths.where(held.acquiredAt()) : "asserted held";
        String already = always ? "already held" : "possibly already held";
        String message = via == null
                ? lock.display() + " acquired while " + already + " (" + how + "): self-deadlock"
                : "call to " + via.name() + "() acquires " + lock.display() + ", " + already + " here (" + how
                        + "): self-deadlock";
        List<Step> path = Paths.to(before.trail(), at, calleePath);
        sink.report(new Finding(kind(), at.file(), at.line(), fn.name(), List.of(lock.display()), message,
                List.of(EvidencePath.of("path", path)), null));
    }
}
