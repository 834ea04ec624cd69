package org.lockaudit.core.dataflow;

import java.util.List;

import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * Observes the final, stable states of a {@link LockSetAnalysis}: each callback gets the state just before the
 * event. Checkers and summary collectors implement it; the fixpoint iteration itself never calls it.
 */
public interface LockSetListener {
    /**
     * A lock is taken: directly ({@code calleePath} empty, {@code via} null) or inside callee {@code via}
     * ({@code calleePath} leads from the callee's entry to the acquisition). Try-locks are reported with
     * {@code tryLock}: they cannot block.
     */
    default void acquire(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, boolean tryLock,
            Step at, FunctionId via, List<Step> calleePath) {
    }

    /** A lock is released: directly, or as the net effect of callee {@code via}. */
    default void release(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, Step at,
            FunctionId via, List<Step> calleePath) {
    }

    /**
     * The interrupt state changes ({@code irq} SAVE, RESTORE, DISABLE or ENABLE; {@code flags} the flags variable of a
     * save or restore, if known): by an interrupt operation ({@code lock} null: {@code local_irq_save(flags)}) or by
     * a lock operation ({@code spin_unlock_irqrestore(lock, flags)}).
     */
    default void interrupts(FunctionId fn, LockState before, IrqEffect irq, String flags, LockId lock, Step at) {
    }

    /** A call, with the effect of every function it may reach. */
    default void call(FunctionId fn, LockState before, Call call, List<CallEffect> effects, Step at) {
    }

    default void access(FunctionId fn, LockState before, Access access, Step at) {
    }

    /** The function needs {@code r.lock()} held on entry (found in its body). */
    default void requirement(FunctionId fn, Requirement r) {
    }

    /** A return reached with the state in {@code point}. */
    default void returns(FunctionId fn, ReturnPoint point) {
    }

    static LockSetListener all(List<? extends LockSetListener> listeners) {
        return new LockSetListener() {
            @Override
            public void acquire(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq,
                    boolean tryLock, Step at, FunctionId via, List<Step> calleePath) {
                listeners.forEach(l -> l.acquire(fn, before, lock, mode, irq, tryLock, at, via, calleePath));
            }

            @Override
            public void release(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, Step at,
                    FunctionId via, List<Step> calleePath) {
                listeners.forEach(l -> l.release(fn, before, lock, mode, irq, at, via, calleePath));
            }

            @Override
            public void interrupts(FunctionId fn, LockState before, IrqEffect irq, String flags, LockId lock, Step at) {
                listeners.forEach(l -> l.interrupts(fn, before, irq, flags, lock, at));
            }

            @Override
            public void call(FunctionId fn, LockState before, Call call, List<CallEffect> effects, Step at) {
                listeners.forEach(l -> l.call(fn, before, call, effects, at));
            }

            @Override
            public void access(FunctionId fn, LockState before, Access access, Step at) {
                listeners.forEach(l -> l.access(fn, before, access, at));
            }

            @Override
            public void requirement(FunctionId fn, Requirement r) {
                listeners.forEach(l -> l.requirement(fn, r));
            }

            @Override
            public void returns(FunctionId fn, ReturnPoint point) {
                listeners.forEach(l -> l.returns(fn, point));
            }
        };
    }
}
