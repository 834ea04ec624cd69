package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * {@code irq-mismatch}: the interrupt effect of a release does not undo its acquisition (an {@code _irqsave}
 * acquisition released by a plain unlock or an {@code _irq} unlock, a plain acquisition released with
 * {@code _irqrestore}), directly or through wrappers; and a lock that is taken with interrupts disabled somewhere
 * (so an interrupt handler may take it) but also taken by a recursive acquisition that leaves interrupts enabled.
 * Heuristic and its limit: the latter compares locks by canonical id over the whole program; a recursive
 * acquisition that always runs with interrupts already disabled is still reported.
 */
public final class IrqMismatchChecker implements Checker {
    private record PlainRecursive(FunctionId fn, LockId lock, Step at, List<Step> path) {
    }

    private final FindingSink sink;
    private final Set<String> irqSafe = new HashSet<>();
    private final List<PlainRecursive> plainRecursive = new ArrayList<>();

    public IrqMismatchChecker(FindingSink sink) {
        this.sink = sink;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.IRQ_MISMATCH;
    }

    @Override
    public void acquire(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, boolean tryLock,
            Step at, FunctionId via, List<Step> calleePath) {
        if (irq == IrqEffect.SAVE || irq == IrqEffect.DISABLE) {
            irqSafe.add(lock.canonical());
        } else if (mode == LockMode.RECURSIVE && via == null && !tryLock) {
            plainRecursive.add(new PlainRecursive(fn, lock, at, Paths.to(before.trail(), at, List.of())));
        }
    }

    @Override
    public void release(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, Step at,
            FunctionId via, List<Step> calleePath) {
        HeldLock held = before.may().get(lock);
        if (held == null || !held.own()) {
            return;
        }
        IrqEffect expected = switch (held.irq()) {
            case SAVE -> IrqEffect.RESTORE;
            case DISABLE -> IrqEffect.ENABLE;
            default -> IrqEffect.NONE;
        };
        IrqEffect actual = irq == null ? IrqEffect.NONE : irq;
        if (actual == expected) {
            return;
        }
        String message = lock.display() + " acquired " + name(held.irq(), true) + " at " + Paths.where(held.acquiredAt())
                + " but released " + name(actual, false) + (via != null ? " by " + via.name() + "()" : "")
                + (held.irq() == IrqEffect.SAVE ? ": the saved interrupt state is never restored" : "");
        List<Step> path = Paths.to(held.acquiredAt(), null, List.of());
        if (before.held(lock)) {
            path = Paths.to(before.trail(), at, calleePath);
        } else {
            path.add(at);
        }
        sink.report(new Finding(kind(), at.file(), at.line(), fn.name(), List.of(lock.display()), message,
                List.of(EvidencePath.of("path", path)), null));
    }

    private static String name(IrqEffect e, boolean acquire) {
        return switch (e) {
            case SAVE -> "with interrupts saved and disabled (_irqsave)";
            case RESTORE -> "restoring saved interrupts (_irqrestore)";
            case DISABLE -> "with interrupts disabled (_irq)";
            case ENABLE -> "enabling interrupts (_irq)";
            default -> acquire ? "without touching interrupts" : "by a plain unlock";
        };
    }

    /** The interrupt-safe locks are the program's: a recursive acquisition is judged by every function's. */
    @Override
    public boolean wholeProgram() {
        return true;
    }

    /**
     * {@code later}'s interrupt-safe locks and recursive acquisitions (after this checker's); its release mismatches
     * were reported while it observed them.
     */
    @Override
    public boolean collectedNothing() {
        return irqSafe.isEmpty() && plainRecursive.isEmpty();
    }

    @Override
    public void absorb(Checker later) {
        IrqMismatchChecker l = (IrqMismatchChecker) later;
        irqSafe.addAll(l.irqSafe);
        plainRecursive.addAll(l.plainRecursive);
    }

    @Override
    public void finish() {
        for (PlainRecursive p : plainRecursive) {
            if (irqSafe.contains(p.lock().canonical())) {
                sink.report(new Finding(kind(), p.at().file(), p.at().line(), p.fn().name(), List.of(p.lock().display()),
                        p.lock().display() + " is taken with interrupts disabled elsewhere, but this recursive acquisition leaves them enabled",
                        List.of(EvidencePath.of("path", p.path())), null));
            }
        }
    }
}
