package org.lockaudit.core.dataflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.LockId;

/**
 * The lock facts at one program point, relative to the function's entry. Immutable.
 * <ul>
 * <li>{@code must}: held on every path here; {@code may}: held on some path ({@code must} is a subset).</li>
 * <li>{@code notHeld}: locks known not held on some path (released here, or asserted not held): releasing one
 * again is a release of an unheld lock.</li>
 * <li>{@code releasedMust}/{@code releasedMay}: locks held on entry that this function released, on every / some
 * path: the function's "releases" effect.</li>
 * <li>A lock in none of these sets is untouched: held exactly when it was held on entry.</li>
 * <li>{@code locals}: known truth of tested locals (path splitting); states are only joined with equal locals.</li>
 * </ul>
 * {@code trail} (the path that first brought this state) and {@code notHeldPaths} (per lock, a path on which it is
 * not held) are witnesses for evidence and excluded from equality.
 */
public final class LockState {
    public static final LockState ENTRY = new LockState(HeldLockSet.EMPTY, HeldLockSet.EMPTY, LockIdSet.EMPTY,
            LockIdSet.EMPTY, LockIdSet.EMPTY, LocalFacts.NONE, Trail.EMPTY, Map.of());

    private final HeldLockSet must;
    private final HeldLockSet may;
    private final LockIdSet notHeld;
    private final LockIdSet releasedMust;
    private final LockIdSet releasedMay;
    private final LocalFacts locals;
    private final Trail trail;
    private final Map<LockId, Trail> notHeldPaths;

    private LockState(HeldLockSet must, HeldLockSet may, LockIdSet notHeld, LockIdSet releasedMust,
            LockIdSet releasedMay, LocalFacts locals, Trail trail, Map<LockId, Trail> notHeldPaths) {
        this.must = must;
        this.may = may;
        this.notHeld = notHeld;
        this.releasedMust = releasedMust;
        this.releasedMay = releasedMay;
        this.locals = locals;
        this.trail = trail;
        this.notHeldPaths = notHeldPaths;
    }

    /** The entry state of a function whose callers all hold {@code context}. */
    public static LockState entry(HeldLockSet context) {
        return new LockState(context, context, LockIdSet.EMPTY, LockIdSet.EMPTY, LockIdSet.EMPTY, LocalFacts.NONE,
                Trail.EMPTY, Map.of());
    }

    public HeldLockSet must() {
        return must;
    }

    public HeldLockSet may() {
        return may;
    }

    public LockIdSet notHeld() {
        return notHeld;
    }

    public LockIdSet releasedMust() {
        return releasedMust;
    }

    public LockIdSet releasedMay() {
        return releasedMay;
    }

    public LocalFacts locals() {
        return locals;
    }

    public Trail trail() {
        return trail;
    }

    /** A path on which {@code lock} is not held, if known; else this state's own trail. */
    public Trail notHeldPath(LockId lock) {
        return notHeldPaths.getOrDefault(lock, trail);
    }

    /** Held on every path, by this function or on entry. */
    public boolean held(LockId lock) {
        return must.contains(lock);
    }

    /** Held on some paths only. */
    public boolean maybeHeld(LockId lock) {
        return may.contains(lock) && !must.contains(lock);
    }

    /** Neither acquired, released nor asserted on any path: as on entry. */
    public boolean untouched(LockId lock) {
        return !may.contains(lock) && !notHeld.contains(lock) && !releasedMay.contains(lock);
    }

    private LockState with(HeldLockSet must, HeldLockSet may, LockIdSet notHeld, LockIdSet releasedMust,
            LockIdSet releasedMay, Map<LockId, Trail> paths) {
        return new LockState(must, may, notHeld, releasedMust, releasedMay, locals, trail, paths);
    }

    public LockState withLocals(LocalFacts l) {
        return l.equals(locals) ? this : new LockState(must, may, notHeld, releasedMust, releasedMay, l, trail, notHeldPaths);
    }

    public LockState then(Step step) {
        return new LockState(must, may, notHeld, releasedMust, releasedMay, locals, trail.then(step), notHeldPaths);
    }

    /**
     * Takes {@code lock}. Re-taking a lock held recursively (or a read side held for reading) deepens it; re-taking
     * it otherwise leaves the state as it is (the self-deadlock is a finding, not a state).
     */
    public LockState acquire(LockId lock, LockMode mode, IrqEffect irq, Trail at) {
        HeldLock mayCur = may.get(lock);
        HeldLock mustCur = must.get(lock);
        HeldLock fresh = HeldLock.acquired(lock, mode, irq, at);
        HeldLock mustNext;
        HeldLock mayNext;
        if (mayCur == null) {
            mustNext = fresh;
            mayNext = fresh;
        } else if (mayCur.reentrantFor(mode)) {
            mayNext = mayCur.nested(mode, irq, at);
            mustNext = mustCur != null ? mustCur.nested(mode, irq, at) : fresh;
        } else {
            mayNext = mayCur.own() ? mayCur : fresh;
            mustNext = mustCur != null ? mustCur : fresh;
        }
        return with(must.with(mustNext), may.with(mayNext), notHeld.without(lock), releasedMust, releasedMay,
                without(notHeldPaths, lock));
    }

    /**
     * Releases {@code lock}: one level of this function's own holds, else the hold it had on entry (a "releases"
     * effect of this function). Releasing a lock not held here leaves it not held.
     */
    public LockState release(LockId lock) {
        HeldLock cur = must.get(lock);
        if (cur != null && cur.ownDepth() > 1) {
            HeldLock next = cur.withDepth(cur.ownDepth() - 1);
            HeldLock mayCur = may.get(lock);
            return with(must.with(next), may.with(mayCur.ownDepth() > 1 ? mayCur.withDepth(mayCur.ownDepth() - 1) : next),
                    notHeld, releasedMust, releasedMay, notHeldPaths);
        }
        if (cur != null && cur.ownDepth() == 1 && cur.heldOnEntry()) {
            HeldLock next = cur.withDepth(0);
            return with(must.with(next), may.with(next), notHeld, releasedMust, releasedMay, notHeldPaths);
        }
        boolean fromEntry = cur != null ? !cur.own() : untouched(lock);
        LockIdSet relMust = fromEntry ? releasedMust.with(lock) : releasedMust;
        LockIdSet relMay = fromEntry ? releasedMay.with(lock) : releasedMay;
        HeldLock mayCur = may.get(lock);
        HeldLockSet newMay = may.without(lock);
        if (mayCur != null && mayCur.ownDepth() > 1) {
            newMay = may.with(mayCur.withDepth(mayCur.ownDepth() - 1));
        }
        Map<LockId, Trail> paths = with(notHeldPaths, lock, trail);
        return with(must.without(lock), newMay, notHeld.with(lock), relMust, relMay, paths);
    }

    /** The path learnt that {@code lock} is held (a passing assertion, a true is-locked test). */
    public LockState assumeHeld(LockId lock, LockMode mode, Trail at) {
        if (must.contains(lock)) {
            return this;
        }
        HeldLock cur = may.get(lock);
        HeldLock next = cur != null ? cur : new HeldLock(lock, mode, IrqEffect.NONE, 0, HeldLock.EntryHold.ASSERTED, at);
        return with(must.with(next), may.with(next), notHeld.without(lock), releasedMust, releasedMay,
                without(notHeldPaths, lock));
    }

    /** The path learnt that {@code lock} is not held. */
    public LockState assumeNotHeld(LockId lock) {
        if (!may.contains(lock) && notHeld.contains(lock)) {
            return this;
        }
        return with(must.without(lock), may.without(lock), notHeld.with(lock), releasedMust, releasedMay,
                with(notHeldPaths, lock, trail));
    }

    /** Both paths meet: must-held intersect, may-held unite. Keeps this state's trail. */
    public LockState join(LockState o) {
        if (o == this) {
            return this;
        }
        HeldLockSet newMust = must.intersect(o.must);
        HeldLockSet newMay = may.union(o.may);
        Map<LockId, Trail> paths = new HashMap<>(o.notHeldPaths);
        paths.putAll(notHeldPaths);
        for (HeldLock h : newMay) {
            if (!newMust.contains(h.lock()) && !paths.containsKey(h.lock())) {
                paths.put(h.lock(), !may.contains(h.lock()) ? trail : o.trail);
            }
        }
        return new LockState(newMust, newMay, notHeld.union(o.notHeld), releasedMust.intersect(o.releasedMust),
                releasedMay.union(o.releasedMay), locals.common(o.locals), trail, Map.copyOf(paths));
    }

    private static Map<LockId, Trail> without(Map<LockId, Trail> m, LockId id) {
        if (!m.containsKey(id)) {
            return m;
        }
        Map<LockId, Trail> copy = new HashMap<>(m);
        copy.remove(id);
        return Map.copyOf(copy);
    }

    private static Map<LockId, Trail> with(Map<LockId, Trail> m, LockId id, Trail t) {
        Map<LockId, Trail> copy = new HashMap<>(m);
        copy.put(id, t);
        return Map.copyOf(copy);
    }

    /** Equality of lock facts and local facts; witnesses ignored. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LockState s && must.equals(s.must) && may.equals(s.may)
                && notHeld.equals(s.notHeld) && releasedMust.equals(s.releasedMust) && releasedMay.equals(s.releasedMay)
                && locals.equals(s.locals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(must, may, notHeld, releasedMust, releasedMay, locals);
    }

    @Override
    public String toString() {
        return "must=" + must + " may=" + may + " notHeld=" + notHeld + " released=" + releasedMay + " locals=" + locals;
    }
}
