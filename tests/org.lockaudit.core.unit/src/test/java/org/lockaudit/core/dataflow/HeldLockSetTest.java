package org.lockaudit.core.dataflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.LockId;

class HeldLockSetTest {
    static final LockId A = LockId.global("a", null);
    static final LockId B = LockId.global("b", null);
    static final LockId DEV = LockId.member("pci_dev", "lock", "&(pdev)");

    @Test
    void lockIdsAreInternedAndNormaliseTheirBase() {
        assertSame(DEV, LockId.member("pci_dev", "lock", "pdev"));
        assertEquals("pci_dev.lock (pdev)", DEV.display());
        assertEquals("pci.c#_pcidevs_lock", LockId.global("_pcidevs_lock", "/x/pci.c").canonical());
    }

    @Test
    void setsAreSortedImmutableAndStructurallyEqual() {
        HeldLockSet ab = HeldLockSet.of(HeldLock.acquired(B, LockMode.EXCLUSIVE, IrqEffect.NONE, Trail.EMPTY),
                HeldLock.acquired(A, LockMode.EXCLUSIVE, IrqEffect.NONE, Trail.EMPTY));
        HeldLockSet ba = HeldLockSet.of(HeldLock.acquired(A, LockMode.EXCLUSIVE, IrqEffect.NONE, Trail.EMPTY),
                HeldLock.acquired(B, LockMode.EXCLUSIVE, IrqEffect.NONE, Trail.EMPTY));
        assertEquals(ab, ba);
        assertEquals(A, ab.asList().get(0).lock());
        assertEquals(1, ab.without(A).size());
        assertEquals(2, ab.size());
    }

    @Test
    void joinIntersectsMustAndUnitesMay() {
        LockState s = LockState.ENTRY;
        LockState withA = s.acquire(A, LockMode.EXCLUSIVE, IrqEffect.NONE, Trail.EMPTY);
        LockState withAB = withA.acquire(B, LockMode.EXCLUSIVE, IrqEffect.NONE, Trail.EMPTY);
        LockState j = withA.join(withAB);
        assertTrue(j.held(A));
        assertFalse(j.held(B));
        assertTrue(j.maybeHeld(B));
        assertEquals(j, withAB.join(withA));
    }

    @Test
    void recursiveDepthIsCountedAndWidened() {
        LockState s = LockState.ENTRY;
        for (int i = 0; i < 10; i++) {
            s = s.acquire(A, LockMode.RECURSIVE, IrqEffect.NONE, Trail.EMPTY);
        }
        assertEquals(HeldLock.MAX_DEPTH, s.must().get(A).ownDepth());
        LockState once = LockState.ENTRY.acquire(A, LockMode.RECURSIVE, IrqEffect.NONE, Trail.EMPTY);
        LockState twice = once.acquire(A, LockMode.RECURSIVE, IrqEffect.NONE, Trail.EMPTY);
        assertEquals(1, twice.release(A).must().get(A).ownDepth());
        assertFalse(twice.release(A).release(A).held(A));
        assertEquals(1, once.join(twice).must().get(A).ownDepth());
        assertEquals(2, once.join(twice).may().get(A).ownDepth());
    }

    @Test
    void releasingAnUntouchedLockIsAReleasesEffect() {
        LockState s = LockState.ENTRY.release(A);
        assertTrue(s.releasedMust().contains(A));
        assertTrue(s.notHeld().contains(A));
        LockState mixed = s.join(LockState.ENTRY);
        assertFalse(mixed.releasedMust().contains(A));
        assertTrue(mixed.releasedMay().contains(A));
    }

    @Test
    void assertionsMakeALockHeldOnEntry() {
        LockState s = LockState.ENTRY.assumeHeld(A, LockMode.EXCLUSIVE, Trail.EMPTY);
        assertTrue(s.held(A));
        assertEquals(HeldLock.EntryHold.ASSERTED, s.must().get(A).entry());
        assertTrue(s.must().get(A).reentrantFor(LockMode.RECURSIVE));
        assertFalse(s.must().get(A).reentrantFor(LockMode.EXCLUSIVE));
    }
}
