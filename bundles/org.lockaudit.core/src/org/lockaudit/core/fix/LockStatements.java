package org.lockaudit.core.fix;

/**
 * How to write, in a given code base, the statements that take, release and assert one lock: {@code pcidevs_lock();},
 * {@code pcidevs_unlock();}, {@code ASSERT(pcidevs_locked());}. Used by quick fixes.
 */
public record LockStatements(String acquire, String release, String assertion) {
}
