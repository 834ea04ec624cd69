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
 *
 * <p>Interrupt state belongs to the CPU, not to a lock, so a critical section may save interrupts with one lock and
 * restore them with another ({@code spin_lock_irqsave(&a); spin_unlock(&a); spin_lock(&b);
 * spin_unlock_irqrestore(&b)}, or two locks taken in either order). Heuristic: a release that loses its lock's saved
 * (or disabled) interrupts is not reported when the same function also has a release that restores (or enables)
 * interrupts its own lock did not save (or disable): the two pair up. Limit: paired per function, not per path. An
 * {@code _irqsave} acquisition released with {@code _irq} (the saved flags dropped, interrupts enabled) is not
 * reported: it is right whenever the caller runs with interrupts enabled, as Xen's wrappers document by passing NULL
 * flags; a caller that runs with them disabled is not seen.
 */
public final class IrqMismatchChecker implements Checker {
    private record PlainRecursive(FunctionId fn, LockId lock, Step at, List<Step> path) {
    }

    private final FindingSink sink;
    private final Set<String> irqSafe = new HashSet<>();
    private final List<PlainRecursive> plainRecursive = new ArrayList<>();
    /** Release mismatches, reported at {@link #finish} unless another release of the same function pairs them. */
    private final List<Mismatch> mismatches = new ArrayList<>();

    private record Mismatch(FunctionId fn, IrqEffect expected, IrqEffect actual, Finding finding) {
        /** Loses the interrupt state its acquisition saved or disabled. */
        boolean loses() {
            return actual == IrqEffect.NONE && expected != IrqEffect.NONE;
        }

        /** Restores or enables interrupts its own acquisition did not save or disable. */
        boolean restoresOther() {
            return expected == IrqEffect.NONE && actual != IrqEffect.NONE;
        }
    }

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
        if (actual == expected || expected == IrqEffect.RESTORE && actual == IrqEffect.ENABLE) {
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
        mismatches.add(new Mismatch(fn, expected, actual, new Finding(kind(), at.file(), at.line(), fn.name(),
                List.of(lock.display()), message, List.of(EvidencePath.of("path", path)), null)));
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
     * {@code later}'s interrupt-safe locks, recursive acquisitions and release mismatches (after this checker's).
     */
    @Override
    public boolean collectedNothing() {
        return irqSafe.isEmpty() && plainRecursive.isEmpty() && mismatches.isEmpty();
    }

    @Override
    public void absorb(Checker later) {
        IrqMismatchChecker l = (IrqMismatchChecker) later;
        irqSafe.addAll(l.irqSafe);
        plainRecursive.addAll(l.plainRecursive);
        mismatches.addAll(l.mismatches);
    }

    @Override
    public void finish() {
        java.util.Set<FunctionId> losing = new HashSet<>();
        java.util.Set<FunctionId> restoring = new HashSet<>();
        for (Mismatch m : mismatches) {
            if (m.loses()) {
                losing.add(m.fn());
            } else if (m.restoresOther()) {
                restoring.add(m.fn());
            }
        }
        for (Mismatch m : mismatches) {
            boolean paired = m.loses() && restoring.contains(m.fn()) || m.restoresOther() && losing.contains(m.fn());
            if (!paired) {
                sink.report(m.finding());
            }
        }
        mismatches.clear();
        for (PlainRecursive p : plainRecursive) {
            if (irqSafe.contains(p.lock().canonical())) {
                sink.report(new Finding(kind(), p.at().file(), p.at().line(), p.fn().name(), List.of(p.lock().display()),
                        p.lock().display() + " is taken with interrupts disabled elsewhere, but this recursive acquisition leaves them enabled",
                        List.of(EvidencePath.of("path", p.path())), null));
            }
        }
    }
}
