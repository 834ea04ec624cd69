package org.lockaudit.core.check;

import java.util.List;

import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * {@code release-unheld}: a release (direct, or the net effect of a callee such as an unlock wrapper) on a path where
 * the lock is not held: taken on some paths only, or already released. A release of a lock this function never
 * touched is its contract with its callers (an unlock wrapper, a function releasing its caller's lock): it becomes
 * part of its summary and is checked at its call sites.
 */
public final class ReleaseUnheldChecker implements Checker {
    private final FindingSink sink;

    public ReleaseUnheldChecker(FindingSink sink) {
        this.sink = sink;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.RELEASE_UNHELD;
    }

    @Override
    public void release(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, Step at,
            FunctionId via, List<Step> calleePath) {
        if (before.held(lock) || before.untouched(lock) || !lock.bound()) {
            return;
        }
        String what = via == null ? lock.display() + " released" : "call to " + via.name() + "() releases " + lock.display();
        String why = before.maybeHeld(lock) || !before.releasedMay().contains(lock) && !before.notHeld().contains(lock)
                ? "on a path where it is not held" : "on a path where it is not held (never taken, or already released)";
        List<Step> path = Paths.to(before.notHeldPath(lock), at, calleePath);
        sink.report(new Finding(kind(), at.file(), at.line(), fn.name(), List.of(lock.display()), what + " " + why,
                List.of(EvidencePath.of("path where " + lock.display() + " is not held", path)), null));
    }
}
