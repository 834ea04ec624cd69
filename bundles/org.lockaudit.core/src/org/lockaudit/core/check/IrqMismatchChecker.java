package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.IrqState;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.ReturnPoint;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * {@code irq-mismatch}: the interrupt effect of a release does not undo its acquisition, judged against the CPU's
 * interrupt state along the path ({@link IrqState}: disabled or not, saved into which flags variable, which releases
 * left interrupts disabled), changed by the interrupt-safe lock operations and by the lock API's interrupt
 * operations ({@code local_irq_save(flags)}, {@code local_irq_restore(flags)}, {@code local_irq_disable()},
 * {@code local_irq_enable()}, listed in the presets with {@code "op": "irq"}). Reported:
 * <ul>
 * <li>a plain release of a lock taken with interrupts saved or disabled, when a return is reached from it with no
 * restore or enable on the way (the saved state is never restored); a later {@code local_irq_restore(flags)},
 * {@code local_irq_enable()} or another lock's {@code _irqrestore}/{@code _irq} release pays it: interrupt state
 * belongs to the CPU, not to a lock, so one section may save with one lock and restore with another;</li>
 * <li>a release that restores or enables interrupts its own lock did not save or disable, when nothing on the path
 * saved or disabled them ({@code local_irq_save(flags)} before a plain lock pairs with a later
 * {@code spin_unlock_irqrestore(l, flags)}); such an enable is judged at the returns: a path that disables
 * interrupts again before returning shows a function entered with them disabled (an interrupt handler that enables
 * them around its action: {@code spin_unlock_irq} ... {@code spin_lock_irq} ... {@code spin_unlock}), and then
 * neither the enable nor the plain release that leaves them disabled is reported;</li>
 * <li>a restore from flags other than those this path saved into ({@code spin_lock_irqsave(l, f1)} ...
 * {@code spin_unlock_irqrestore(l, f2)});</li>
 * <li>an {@code _irqsave} acquisition released with {@code _irq} (interrupts enabled) when interrupts were already
 * disabled on the path when it saved them;</li>
 * <li>a lock that is taken with interrupts disabled somewhere (so an interrupt handler may take it) but also taken by
 * a recursive acquisition that leaves interrupts enabled, unless interrupts are disabled on every path to that
 * acquisition.</li>
 * </ul>
 * Heuristic and its limits: the interrupt state is this function's: a caller that runs with interrupts disabled is
 * not seen (an {@code _irqsave} released with {@code _irq} is accepted then, as Xen's wrappers document by passing
 * NULL flags), nor what a callee does to interrupts beyond its lock operations; a restore of flags not saved in this
 * function (saved by a callee, or unknown) pays every debt; the recursive-acquisition rule compares locks by canonical
 * id over the whole program.
 */
public final class IrqMismatchChecker implements Checker {
    private record PlainRecursive(FunctionId fn, LockId lock, Step at, List<Step> path) {
    }

    /** A release that left interrupts disabled ({@link IrqState.Owed}) in one function. */
    private record Debt(FunctionId fn, LockId lock, String file, int line) {
    }

    private final FindingSink sink;
    private final Set<String> irqSafe = new HashSet<>();
    private final List<PlainRecursive> plainRecursive = new ArrayList<>();
    /** Releases that lost their interrupt state, reported at {@link #finish} when a return is reached owing it. */
    private final Map<Debt, Finding> losing = new LinkedHashMap<>();
    /** The debts some return of their function is reached with. */
    private final Set<Debt> unpaid = new HashSet<>();
    /** Findings reported at {@link #finish} (in the order found). */
    private final List<Finding> found = new ArrayList<>();

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
        } else if (mode == LockMode.RECURSIVE && via == null && !tryLock && !before.irq().off()) {
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
        IrqState cpu = before.irq();
        boolean loses = actual == IrqEffect.NONE && expected != IrqEffect.NONE;
        String why;
        if (loses) {
            why = held.irq() == IrqEffect.SAVE ? ": the saved interrupt state is never restored"
                    : "";
        } else if (expected == IrqEffect.NONE && actual != IrqEffect.NONE) {
            // restores or enables interrupts its own acquisition did not save or disable: right when something
            // else on the path saved or disabled them (local_irq_save before a plain lock, another lock's _irqsave)
            if (cpu.disabledHere()) {
                return;
            }
            why = actual == IrqEffect.RESTORE ? ": nothing on this path saved the interrupt state it restores"
                    : ": nothing on this path disabled them";
        } else if (expected == IrqEffect.RESTORE && actual == IrqEffect.ENABLE && cpu.savedWhileOff()) {
            why = ": interrupts were already disabled when it saved them, and it enables them";
        } else {
            return;
        }
        String message = lock.display() + " acquired " + name(held.irq(), true) + " at " + Paths.where(held.acquiredAt())
                + " but released " + name(actual, false) + (via != null ? " by " + via.name() + "()" : "") + why;
        List<Step> path = Paths.to(held.acquiredAt(), null, List.of());
        if (before.held(lock)) {
            path = Paths.to(before.trail(), at, calleePath);
        } else {
            path.add(at);
        }
        Finding f = new Finding(kind(), at.file(), at.line(), fn.name(), List.of(lock.display()), message,
                List.of(EvidencePath.of("path", path)), null);
        if (loses || actual == IrqEffect.ENABLE && expected == IrqEffect.NONE) {
            // judged at the returns: an enable nothing disabled is right when the path disables again (entered
            // with interrupts off), and then so is the lost disable that does it
            losing.putIfAbsent(new Debt(fn, lock, at.file(), at.line()), f);
        } else {
            found.add(f);
        }
    }

    /** A restore from flags other than those the path saved into. */
    @Override
    public void interrupts(FunctionId fn, LockState before, IrqEffect irq, String flags, LockId lock, Step at) {
        IrqState cpu = before.irq();
        if (irq != IrqEffect.RESTORE || flags == null || IrqState.key(flags) == null || cpu.saved().isEmpty()
                || cpu.savedInto(flags)) {
            return;
        }
        String saved = String.join(", ", new java.util.TreeSet<>(cpu.saved().keySet()));
        found.add(new Finding(kind(), at.file(), at.line(), fn.name(), lock != null ? List.of(lock.display()) : List.of(),
                (lock != null ? lock.display() + " released restoring" : "restores") + " interrupts from " + flags
                        + ", but this path saved them into " + saved,
                List.of(EvidencePath.of("path", Paths.to(before.trail(), at, List.of()))), null));
    }

    @Override
    public void returns(FunctionId fn, ReturnPoint point) {
        IrqState cpu = point.state().irq();
        if (!cpu.unmatched().isEmpty() && (cpu.off() || !cpu.owed().isEmpty())) {
            return; // entered with interrupts off, enabled them for a while, leaves them off again
        }
        for (IrqState.Owed o : cpu.owed()) {
            unpaid.add(new Debt(fn, o.lock(), o.file(), o.line()));
        }
        for (IrqState.Owed o : cpu.unmatched()) {
            unpaid.add(new Debt(fn, o.lock(), o.file(), o.line()));
        }
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
        return irqSafe.isEmpty() && plainRecursive.isEmpty() && losing.isEmpty() && unpaid.isEmpty()
                && found.isEmpty();
    }

    @Override
    public void absorb(Checker later) {
        IrqMismatchChecker l = (IrqMismatchChecker) later;
        irqSafe.addAll(l.irqSafe);
        plainRecursive.addAll(l.plainRecursive);
        l.losing.forEach(losing::putIfAbsent);
        unpaid.addAll(l.unpaid);
        found.addAll(l.found);
    }

    @Override
    public void finish() {
        for (Finding f : found) {
            sink.report(f);
        }
        found.clear();
        losing.forEach((debt, f) -> {
            if (unpaid.contains(debt)) {
                sink.report(f);
            }
        });
        losing.clear();
        unpaid.clear();
        for (PlainRecursive p : plainRecursive) {
            if (irqSafe.contains(p.lock().canonical())) {
                sink.report(new Finding(kind(), p.at().file(), p.at().line(), p.fn().name(), List.of(p.lock().display()),
                        p.lock().display() + " is taken with interrupts disabled elsewhere, but this recursive acquisition leaves them enabled",
                        List.of(EvidencePath.of("path", p.path())), null));
            }
        }
    }
}
