package org.lockaudit.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.lockaudit.core.concurrency.ConcurrencyModel;
import org.lockaudit.core.inference.AccessSite;
import org.lockaudit.core.inference.FieldGuard;
import org.lockaudit.core.inference.FieldStatus;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.inference.GuardCandidate;

/**
 * The lock-split diff: for every access the audited lock protected in the old version, what protects the matching
 * access in the new one.
 *
 * <p>Matching: by (function, field path) — the function an access is attributed to (inline header helpers count
 * as their caller) — so moved lines and reordered code do not matter; a pair is protected in the old version if
 * the lock is held there in some calling context, and the new version's accesses of the pair count in every one
 * of their contexts (a lock "holds" only if held at all of them).
 *
 * <p>Outcome for a mutable field: SAME if the new version's guard of the field is the audited lock (or was already
 * the field's guard before), held there; MOVED to that guard if it is another lock held there; else SAME if the
 * audited lock is still held; else MOVED to whatever locks are held; else UNPROTECTED. For a field that needs no
 * lock in the new version (init-only, immutable, atomic): SAME if the audited lock, or only locks already held
 * before, are held; MOVED to the new locks; else LIFETIME_ONLY. Accesses new in the new version with no lock, on
 * mutable fields, are NEW_UNGUARDED.
 *
 * <p>Then the lockset rule over the new version's concurrency model ({@link SerialisingLocks}): a SAME or MOVED pair
 * counts as protected only by a lock held at it and at every other access to the field that may run at the same
 * time. If some such access shares no lock with it (a fault tasklet that never takes the new per-device lock, a
 * deassign path under the per-domain lock racing assign under the per-device one), the pair is UNPROTECTED, with
 * that access as evidence; if another lock than the one named serialises them, the row names that lock. Without
 * concurrent entry points in the new version this changes nothing.
 */
public final class LockSplitDiff {
    /** The whole diff. */
    public record Result(String lock, String lockBefore, String lockAfter, List<DiffRow> rows) {
        public boolean anyUnprotected() {
            return rows.stream().anyMatch(r -> r.outcome() == DiffOutcome.UNPROTECTED);
        }

        public List<DiffRow> with(DiffOutcome o) {
            return rows.stream().filter(r -> r.outcome() == o).toList();
        }
    }

    private LockSplitDiff() {
    }

    public static Result compare(String lock, GuardAnalysis.Result before, GuardAnalysis.Result after) {
        String lockB = before.names().resolve(lock);
        String lockA = after.names().resolve(lock);
        Map<String, List<AccessSite>> pairsB = new TreeMap<>();
        Set<String> allPairsB = new java.util.HashSet<>();
        for (AccessSite s : before.sites()) {
            allPairsB.add(key(s));
            if (s.needsGuard() && s.holdsLockNamed(lockB)) {
                pairsB.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, List<AccessSite>> pairsA = new TreeMap<>();
        for (AccessSite s : after.sites()) {
            if (!s.exempt()) {
                pairsA.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
            }
        }
        List<DiffRow> rows = new ArrayList<>();
        SerialisingLocks serialising = new SerialisingLocks(ConcurrencyModel.of(after.engine().program(),
                after.engine().callGraph(), after.options().lockApi()), after.sites());
        for (Map.Entry<String, List<AccessSite>> e : pairsB.entrySet()) {
            List<AccessSite> b = e.getValue();
            String function = b.get(0).attributedTo();
            String field = b.get(0).field();
            List<AccessSite> a = pairsA.getOrDefault(e.getKey(), List.of());
            DiffRow r = row(function, field, b, a, lockB, lockA, before.fields().get(field), after.fields().get(field));
            rows.add(serialising.active() ? serialised(r, a, serialising, lockA) : r);
        }
        for (Map.Entry<String, List<AccessSite>> e : pairsA.entrySet()) {
            if (allPairsB.contains(e.getKey())) {
                continue;
            }
            FieldGuard fa = after.fields().get(e.getValue().get(0).field());
            if (fa == null || !mutable(fa)) {
                continue;
            }
            List<AccessSite> bare = e.getValue().stream().filter(s -> s.needsGuard() && s.must().isEmpty()).toList();
            if (!bare.isEmpty()) {
                rows.add(new DiffRow(bare.get(0).attributedTo(), bare.get(0).field(), DiffOutcome.NEW_UNGUARDED, List.of(),
                        List.of(), List.of(), locations(bare), "new access with no lock held; the field's guard is "
                                + fa.guardText()));
            }
        }
        return new Result(lock, lockB, lockA, rows);
    }

    /**
     * A SAME or MOVED row judged by the lockset rule: UNPROTECTED when some matching access has a concurrent
     * conflicting access with no lock in common; else, when the locks the row names do not serialise every
     * concurrent access, the locks that do.
     */
    private static DiffRow serialised(DiffRow r, List<AccessSite> a, SerialisingLocks serialising, String lockA) {
        if (r.outcome() != DiffOutcome.SAME && r.outcome() != DiffOutcome.MOVED) {
            return r;
        }
        Set<String> common = null;
        for (AccessSite s : a) {
            SerialisingLocks.Verdict v = serialising.of(s);
            if (!v.partners()) {
                continue;
            }
            if (v.unserialised()) {
                AccessSite q = v.witness();
                String partner = q == null ? "a concurrent access" : SerialisingLocks.describe(q, v.witnessContext());
                String held = r.heldAfter().isEmpty() ? "no lock" : String.join(", ", r.heldAfter());
                return new DiffRow(r.function(), r.field(), DiffOutcome.UNPROTECTED, List.of(), r.heldAfter(),
                        r.before(), r.after(), "holds " + held + " in " + v.context().description() + ", but nothing "
                                + "serialises it with " + partner + ", which may " + (q != null && q.write() ? "write"
                                        : "read") + " " + r.field() + " at the same time: no common lock (was: "
                                + r.note() + ")",
                        q == null ? null : new String[] {q.attributedTo(), q.file(), String.valueOf(q.line()),
                                q.kindName(), v.witnessContext().description(), String.join(", ", q.mustDisplay())});
            }
            if (common == null) {
                common = new java.util.TreeSet<>(v.locks());
            } else {
                common.retainAll(v.locks());
            }
        }
        if (common == null || common.isEmpty()) {
            return r; // no concurrent partner, or each context serialised by its own lock: the row stands
        }
        Set<String> serialisedBy = common;
        boolean named = r.locks().stream().allMatch(l -> serialisedBy.stream().anyMatch(c -> c.equals(l)
                || c.endsWith("#" + l)));
        if (named) {
            return r;
        }
        List<String> locks = List.copyOf(common);
        boolean same = serialisedBy.stream().anyMatch(c -> c.equals(lockA) || c.endsWith("#" + lockA));
        return new DiffRow(r.function(), r.field(), same ? DiffOutcome.SAME : DiffOutcome.MOVED, locks, r.heldAfter(),
                r.before(), r.after(), "serialised with every concurrent access by " + String.join(", ", locks)
                        + " only (was: " + r.note() + ")");
    }

    private static String key(AccessSite s) {
        return s.attributedTo() + "\u0000" + s.field();
    }

    private static boolean mutable(FieldGuard g) {
        return g.status() == FieldStatus.GUARDED || g.status() == FieldStatus.UNGUARDED
                || g.status() == FieldStatus.LIFETIME_ONLY;
    }

    private static Set<GuardCandidate> heldEverywhere(List<AccessSite> sites) {
        Set<GuardCandidate> out = null;
        for (AccessSite s : sites) {
            if (out == null) {
                out = new LinkedHashSet<>(s.must());
            } else {
                out.retainAll(s.must());
            }
        }
        return out == null ? Set.of() : out;
    }

    private static DiffRow row(String function, String field, List<AccessSite> b, List<AccessSite> a, String lockB,
            String lockA, FieldGuard fb, FieldGuard fa) {
        List<String[]> locB = locations(b);
        if (a.isEmpty()) {
            return new DiffRow(function, field, DiffOutcome.REMOVED, List.of(), List.of(), locB, List.of(),
                    "the new version's " + function + "() no longer accesses " + field);
        }
        List<AccessSite> needing = a.stream().filter(AccessSite::needsGuard).toList();
        List<String[]> locA = locations(a);
        if (needing.isEmpty()) {
            return new DiffRow(function, field, DiffOutcome.LIFETIME_ONLY, List.of(), List.of(), locB, locA,
                    "every matching access is atomic");
        }
        Set<GuardCandidate> held = heldEverywhere(needing);
        Set<String> before = new LinkedHashSet<>();
        for (GuardCandidate c : heldEverywhere(b)) {
            before.add(c.lock());
        }
        List<String> heldNames = held.stream().map(GuardCandidate::display).toList();
        boolean lockHeld = held.stream().anyMatch(c -> c.named(lockA));
        List<String> others = held.stream().filter(c -> !c.named(lockA)).map(GuardCandidate::lock).distinct().toList();
        if (fa != null && mutable(fa)) {
            GuardCandidate g = fa.status() == FieldStatus.GUARDED ? fa.guard() : null;
            if (g != null && held.contains(g)) {
                if (g.named(lockA)) {
                    return new DiffRow(function, field, DiffOutcome.SAME, List.of(lockA), heldNames, locB, locA,
                            "still " + lockA + ", the field's guard");
                }
                if (fb != null && fb.guard() != null && fb.guard().lock().equals(g.lock())) {
                    return new DiffRow(function, field, DiffOutcome.SAME, List.of(g.lock()), heldNames, locB, locA,
                            "guarded by " + g.lock() + " on both sides");
                }
                return new DiffRow(function, field, DiffOutcome.MOVED, List.of(g.lock()), heldNames, locB, locA,
                        "moved to " + g.display() + ", the field's guard in the new version");
            }
            if (lockHeld) {
                return new DiffRow(function, field, DiffOutcome.SAME, List.of(lockA), heldNames, locB, locA,
                        "still under " + lockA + (g != null ? ", but not under the field's guard " + g.display() : ""));
            }
            if (!others.isEmpty()) {
                return new DiffRow(function, field, DiffOutcome.MOVED, others, heldNames, locB, locA,
                        "under " + String.join(", ", others) + (g != null ? ", not the field's guard " + g.display() : ""));
            }
            String ref = needing.stream().map(AccessSite::reference).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            return new DiffRow(function, field, DiffOutcome.UNPROTECTED, List.of(), heldNames, locB, locA,
                    "no lock held on a mutable field" + (g != null ? " guarded elsewhere by " + g.display() : "")
                            + (ref != null ? "; only a counted reference (" + ref + "): lifetime, not a guard" : ""));
        }
        String why = fa == null ? "" : " (" + fa.status().id() + ")";
        if (lockHeld) {
            return new DiffRow(function, field, DiffOutcome.SAME, List.of(lockA), heldNames, locB, locA, "still " + lockA + why);
        }
        if (!others.isEmpty()) {
            List<String> fresh = others.stream().filter(o -> !before.contains(o)).toList();
            if (fresh.isEmpty()) {
                return new DiffRow(function, field, DiffOutcome.SAME, others, heldNames, locB, locA,
                        "under " + String.join(", ", others) + " on both sides" + why);
            }
            return new DiffRow(function, field, DiffOutcome.MOVED, fresh, heldNames, locB, locA,
                    "now under " + String.join(", ", fresh) + why);
        }
        return new DiffRow(function, field, DiffOutcome.LIFETIME_ONLY, List.of(), heldNames, locB, locA,
                "no lock; the field needs none" + why + ", only the object's lifetime matters");
    }

    private static List<String[]> locations(List<AccessSite> sites) {
        Map<String, String[]> out = new TreeMap<>();
        for (AccessSite s : sites) {
            out.putIfAbsent(s.file() + ":" + s.line() + ":" + s.kindName(),
                    new String[] {s.file(), String.valueOf(s.line()), s.kindName()});
        }
        return new ArrayList<>(out.values());
    }
}
