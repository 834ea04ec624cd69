package org.lockaudit.core.lockapi;

import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;

/**
 * One function or macro of a lock API: what it does to which argument.
 *
 * @param name               the function or macro name as called
 * @param op                 the operation
 * @param argument           index of the lock argument, or -1 when the entry names a fixed lock
 * @param fixedLock          the global (pseudo-)lock the entry always operates on ({@code rcu}), else null
 * @param mode               exclusive, shared (read side) or recursive
 * @param irq                the entry's effect on interrupts
 * @param successWhenNonZero for TRY_ACQUIRE: whether a non-zero result means the lock was taken
 * @param preset             the preset (or {@code config}) the entry comes from
 */
public record LockApiEntry(String name, LockOpKind op, int argument, String fixedLock, LockMode mode, IrqEffect irq,
        boolean successWhenNonZero, String preset) {
}
