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
            LockIdSet.EMPTY, LockIdSet.EMPTY, LocalFacts.NONE, Trail.EMPTY, Map.of(), Map.of(), Map.of(), IrqState.ENTRY);

    private final HeldLockSet must;
    private final HeldLockSet may;
    private final LockIdSet notHeld;
    private final LockIdSet releasedMust;
    private final LockIdSet releasedMay;
    private final LocalFacts locals;
    private final Trail trail;
    private final Map<LockId, Trail> notHeldPaths;
    /** Local pointer copies: {@code n -> p} after {@code p = n}: locks reached through n are filed under p. */
    private final Map<String, String> copies;
    /** Local pointers to a lock: {@code lock -> item_locks[..]} after {@code lock = &item_locks[..]}. */
    private final Map<String, LockId> pointees;
    /** The interrupt state as this function changed it ({@link IrqState}). */
    private final IrqState irq;

    private LockState(HeldLockSet must, HeldLockSet may, LockIdSet notHeld, LockIdSet releasedMust,
            LockIdSet releasedMay, LocalFacts locals, Trail trail, Map<LockId, Trail> notHeldPaths,
            Map<String, String> copies, Map<String, LockId> pointees, IrqState irq) {
        this.irq = irq;
        this.must = must;
        this.may = may;
        this.notHeld = notHeld;
        this.releasedMust = releasedMust;
        this.releasedMay = releasedMay;
        this.locals = locals;
        this.trail = trail;
        this.notHeldPaths = notHeldPaths;
        this.copies = copies;
        this.pointees = pointees;
    }

    /** The entry state of a function whose callers all hold {@code context}. */
    public static LockState entry(HeldLockSet context) {
        return new LockState(context, context, LockIdSet.EMPTY, LockIdSet.EMPTY, LockIdSet.EMPTY, LocalFacts.NONE,
                Trail.EMPTY, Map.of(), Map.of(), Map.of(), IrqState.ENTRY);
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

    public IrqState irq() {
        return irq;
    }

    public LockState withIrq(IrqState i) {
        return i.equals(irq) ? this
                : new LockState(must, may, notHeld, releasedMust, releasedMay, locals, trail, notHeldPaths, copies,
                        pointees, i);
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
        return new LockState(must, may, notHeld, releasedMust, releasedMay, locals, trail, paths, copies, pointees, irq);
    }

    /**
     * What splits states apart (with {@link #locals()} as the analysis chooses): the lock facts, without the
     * interrupt state (a plain may/must dataflow fact, joined where paths meet) and without the ended instances ({@code ?p@12}: a lock named through a pointer since reassigned) a loop leaves in the not-held and
     * released sets, which differ per iteration but decide nothing later.
     */
    public LockState splitShape() {
        return new LockState(must, may, bound(notHeld), bound(releasedMust), bound(releasedMay), LocalFacts.NONE,
                Trail.EMPTY, Map.of(), copies, pointees, IrqState.ENTRY);
    }

    private static LockIdSet bound(LockIdSet set) {
        LockIdSet out = set;
        for (LockId id : set.asList()) {
            if (id.unknownInstance()) {
                out = out.without(id);
            }
        }
        return out;
    }

    public LockState withLocals(LocalFacts l) {
        return l.equals(locals) ? this
                : new LockState(must, may, notHeld, releasedMust, releasedMay, l, trail, notHeldPaths, copies, pointees, irq);
    }

    public LockState then(Step step) {
        return new LockState(must, may, notHeld, releasedMust, releasedMay, locals, trail.then(step), notHeldPaths,
                copies, pointees, irq);
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

    /**
     * The lock {@code l} names here: a member lock reached through a local that is a copy of another ({@code n}
     * after {@code p = n}) is the instance filed under that other ({@code p}).
     */
    public LockId bind(LockId l) {
        if (!pointees.isEmpty() && l.base() == null) {
            // a lock named by a local pointer to it (pthread_mutex_trylock(lock), an unlock wrapper given hold_lock)
            String name = l.kind() == LockId.Kind.UNKNOWN ? l.canonical() : l.variable();
            LockId p = name != null ? pointees.get(copies.getOrDefault(name, name)) : null;
            if (p != null) {
                return p;
            }
        }
        if (copies.isEmpty() || l.base() == null || l.kind() != LockId.Kind.MEMBER) {
            return l;
        }
        String root = root(l.base());
        String owner = copies.get(root);
        return owner == null ? l : l.withBase(owner + l.base().substring(root.length()));
    }

    /**
     * The instance a release of {@code lock} releases. When that exact instance is held on no path, but exactly one
     * instance of the same class (same canonical id and scope) is held on every path, taken by this function, that
     * one is released: the binder could not prove the two equal ({@code per_cpu(timers, cpu)} and
     * {@code per_cpu(timers, timer->cpu)}, {@code bucket[hv & mask]} and an unknown instance), but they name the only
     * lock of that class held here. Heuristic and limit: an unlock of the wrong instance of a class is not reported
     * when only one instance is held; with two or more held, nothing is guessed.
     */
    public LockId releasedInstance(LockId lock) {
        if (lock.base() == null || may.contains(lock)) {
            return lock;
        }
        LockId only = null;
        for (HeldLock h : may) {
            LockId l = h.lock();
            if (l != lock && l.kind() == lock.kind() && l.canonical().equals(lock.canonical())
                    && Objects.equals(l.scope(), lock.scope())) {
                if (only != null || !h.own() || !must.contains(l)) {
                    return lock;
                }
                only = l;
            }
        }
        return only != null ? only : lock;
    }

    /**
     * {@code target = source} on a local pointer ({@code source} null for any other value). The instances named
     * through {@code target} end: they stay filed under a copy of the old value if there is one, else they become
     * unknown instances ({@code ?p@line}), which are still held but never the same as anything a later lock names.
     * A copy ({@code p = n}) files the instances reached through {@code n} under {@code p}, and {@code n} names them
     * too. Limit: copies through memory (a field, a global) and pointer arithmetic are not followed.
     */
    /** The lock local pointer {@code variable} points to here, or null. */
    public LockId pointee(String variable) {
        return pointees.get(variable);
    }

    /** {@code variable} now points to {@code lock} (the result of a call that returns a lock's address). */
    public LockState pointTo(String variable, LockId lock) {
        if (lock.equals(pointees.get(variable))) {
            return this;
        }
        Map<String, LockId> p = new HashMap<>(pointees);
        p.put(variable, lock);
        return new LockState(must, may, notHeld, releasedMust, releasedMay, locals, trail, notHeldPaths, copies,
                Map.copyOf(p), irq);
    }

    /**
     * As {@link #assign(String, String, int)}, and what the pointer points to: {@code points} for {@code p = &l},
     * the call's result when {@code callResult} (set by {@link #pointTo}), the source's for a copy, else nothing.
     */
    public LockState assign(String target, String source, int line, LockId points, boolean callResult) {
        LockId now = points != null ? points : callResult ? pointees.get(target)
                : source != null ? pointees.get(source) : null;
        LockState s = assign(target, source, line);
        Map<String, LockId> p = new HashMap<>(s.pointees);
        if (now != null) {
            p.put(target, now);
        } else {
            p.remove(target);
        }
        Map<String, LockId> next = Map.copyOf(p);
        return next.equals(s.pointees) ? s
                : new LockState(s.must, s.may, s.notHeld, s.releasedMust, s.releasedMay, s.locals, s.trail,
                        s.notHeldPaths, s.copies, next, s.irq);
    }

    public LockState assign(String target, String source, int line) {
        String heir = null;
        for (Map.Entry<String, String> e : copies.entrySet()) {
            if (e.getValue().equals(target)) {
                heir = e.getKey();
                break;
            }
        }
        Map<String, String> c = new HashMap<>(copies);
        c.remove(target);
        if (heir != null) {
            c.remove(heir);
            for (Map.Entry<String, String> e : c.entrySet()) {
                if (e.getValue().equals(target)) {
                    e.setValue(heir);
                }
            }
        }
        LockState s = renameRoot(target, heir != null ? heir : "?" + target + "@" + line);
        String src = source == null || source.equals(target) ? null : c.getOrDefault(source, source);
        if (src != null && !src.equals(target)) {
            if (!src.equals(source)) {
                c.put(target, src); // source is itself a copy: target names the same owner
            } else {
                s = s.renameRoot(source, target);
                for (Map.Entry<String, String> e : c.entrySet()) {
                    if (e.getValue().equals(source)) {
                        e.setValue(target);
                    }
                }
                c.put(source, target);
            }
        }
        Map<String, String> next = Map.copyOf(c);
        return next.equals(s.copies) ? s
                : new LockState(s.must, s.may, s.notHeld, s.releasedMust, s.releasedMay, s.locals, s.trail,
                        s.notHeldPaths, next, s.pointees, s.irq);
    }

    private static String root(String base) {
        int i = 0;
        while (i < base.length() && (Character.isLetterOrDigit(base.charAt(i)) || base.charAt(i) == '_')) {
            i++;
        }
        return base.substring(0, i);
    }

    private static LockId renamed(LockId l, String from, String to) {
        if (l.kind() != LockId.Kind.MEMBER || l.base() == null || !root(l.base()).equals(from)) {
            return null;
        }
        return l.withBase(to + l.base().substring(from.length()));
    }

    private LockState renameRoot(String from, String to) {
        boolean any = false;
        for (HeldLock h : may) {
            any |= renamed(h.lock(), from, to) != null;
        }
        for (LockId l : notHeld.asList()) {
            any |= renamed(l, from, to) != null;
        }
        for (LockId l : releasedMay.asList()) {
            any |= renamed(l, from, to) != null;
        }
        if (!any) {
            return this;
        }
        Map<LockId, Trail> paths = new HashMap<>();
        for (Map.Entry<LockId, Trail> e : notHeldPaths.entrySet()) {
            LockId r = renamed(e.getKey(), from, to);
            paths.put(r != null ? r : e.getKey(), e.getValue());
        }
        return new LockState(rename(must, from, to), rename(may, from, to), rename(notHeld, from, to),
                rename(releasedMust, from, to), rename(releasedMay, from, to), locals, trail, Map.copyOf(paths), copies,
                pointees, irq);
    }

    private static HeldLockSet rename(HeldLockSet set, String from, String to) {
        HeldLockSet out = set;
        for (HeldLock h : set) {
            LockId r = renamed(h.lock(), from, to);
            if (r != null) {
                out = out.without(h.lock()).with(h.withLock(r));
            }
        }
        return out;
    }

    private static LockIdSet rename(LockIdSet set, String from, String to) {
        LockIdSet out = set;
        for (LockId l : set.asList()) {
            LockId r = renamed(l, from, to);
            if (r != null) {
                out = out.without(l).with(r);
            }
        }
        return out;
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
        Map<String, String> common = copies;
        if (!copies.equals(o.copies)) {
            Map<String, String> c = new HashMap<>(copies);
            c.entrySet().removeIf(en -> !en.getValue().equals(o.copies.get(en.getKey())));
            common = Map.copyOf(c);
        }
        Map<String, LockId> commonPointees = pointees;
        if (!pointees.equals(o.pointees)) {
            Map<String, LockId> c = new HashMap<>(pointees);
            c.entrySet().removeIf(en -> !en.getValue().equals(o.pointees.get(en.getKey())));
            commonPointees = Map.copyOf(c);
        }
        return new LockState(newMust, newMay, notHeld.union(o.notHeld), releasedMust.intersect(o.releasedMust),
                releasedMay.union(o.releasedMay), locals.common(o.locals), trail, Map.copyOf(paths), common,
                commonPointees, irq.join(o.irq));
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
                && locals.equals(s.locals) && copies.equals(s.copies) && pointees.equals(s.pointees) && irq.equals(s.irq);
    }

    @Override
    public int hashCode() {
        return Objects.hash(must, may, notHeld, releasedMust, releasedMay, locals, copies, pointees, irq);
    }

    @Override
    public String toString() {
        return "must=" + must + " may=" + may + " notHeld=" + notHeld + " released=" + releasedMay + " locals=" + locals + " irq=" + irq;
    }
}
