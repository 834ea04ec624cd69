package org.lockaudit.core.dataflow;

import java.util.List;

import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * What one call does to the caller's locks, already expressed in the caller's lock names (member locks of a
 * parameter mapped through the argument): net effect per return class, locks required, locks taken inside, and,
 * for a predicate function ({@code bool pcidevs_locked(void) { return spin_is_locked(&l); }}), the lock whose
 * held-ness its result reports. {@code errorPointer}: the callee fails with an error pointer ({@code ERR_PTR}), its
 * zero-class effect is that of a result {@code IS_ERR()} tests true ({@link ResultConvention}).
 */
public record CallEffect(FunctionId callee, List<LockChange> onZero, List<LockChange> onNonZero, List<LockChange> any,
        List<Requirement> requires, LockId predicateOf, boolean predicateNegated, List<InsideAcquire> insideAcquires,
        LockId returnsLock, ParameterCondition conditional, boolean errorPointer) {
    /** As the canonical constructor, for a callee that does not fail with an error pointer. */
    public CallEffect(FunctionId callee, List<LockChange> onZero, List<LockChange> onNonZero, List<LockChange> any,
            List<Requirement> requires, LockId predicateOf, boolean predicateNegated, List<InsideAcquire> insideAcquires,
            LockId returnsLock, ParameterCondition conditional) {
        this(callee, onZero, onNonZero, any, requires, predicateOf, predicateNegated, insideAcquires, returnsLock,
                conditional, false);
    }

    public CallEffect {
        onZero = List.copyOf(onZero);
        onNonZero = List.copyOf(onNonZero);
        any = List.copyOf(any);
        requires = List.copyOf(requires);
        insideAcquires = List.copyOf(insideAcquires);
    }

    /** The same effect with every lock renamed by {@code f} (identity when {@code f} changes nothing). */
    public CallEffect withLocks(java.util.function.UnaryOperator<LockId> f) {
        boolean changed = false;
        for (List<LockChange> l : List.of(onZero, onNonZero, any)) {
            for (LockChange c : l) {
                changed |= f.apply(c.lock()) != c.lock();
            }
        }
        for (Requirement r : requires) {
            changed |= f.apply(r.lock()) != r.lock();
        }
        for (InsideAcquire i : insideAcquires) {
            changed |= f.apply(i.lock()) != i.lock();
            for (LockId w : i.heldWith()) {
                changed |= f.apply(w) != w;
            }
        }
        changed |= returnsLock != null && f.apply(returnsLock) != returnsLock;
        if (conditional != null) {
            for (LockChange c : conditional.whenNonZero()) {
                changed |= f.apply(c.lock()) != c.lock();
            }
            for (LockChange c : conditional.whenZero()) {
                changed |= f.apply(c.lock()) != c.lock();
            }
        }
        if (!changed) {
            return this;
        }
        return new CallEffect(callee, onZero.stream().map(c -> c.withLock(f.apply(c.lock()))).toList(),
                onNonZero.stream().map(c -> c.withLock(f.apply(c.lock()))).toList(),
                any.stream().map(c -> c.withLock(f.apply(c.lock()))).toList(),
                requires.stream().map(r -> r.withLock(f.apply(r.lock()))).toList(),
                predicateOf == null ? null : f.apply(predicateOf), predicateNegated,
                insideAcquires.stream().map(i -> i.withLock(f.apply(i.lock())).withReleased(f)).toList(),
                returnsLock == null ? null : f.apply(returnsLock), conditional == null ? null : conditional.withLocks(f),
                errorPointer);
    }

    /** The lock effect depends on the result (a try-lock wrapper). */
    public boolean tryStyle() {
        return !onZero.equals(onNonZero);
    }

    public boolean isPredicate() {
        return predicateOf != null;
    }

    public boolean isEmpty() {
        return any.isEmpty() && onZero.isEmpty() && onNonZero.isEmpty() && requires.isEmpty() && predicateOf == null
                && insideAcquires.isEmpty() && conditional == null;
    }

    public List<LockChange> changes(ReturnClass c) {
        return switch (c) {
            case ZERO -> onZero;
            case NON_ZERO -> onNonZero;
            case UNKNOWN -> any;
        };
    }
}
