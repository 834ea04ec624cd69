package org.lockaudit.core.inference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which lock protects each field and global, from every access in every calling context.
 *
 * <p>Heuristics: accesses made while the object is private ({@link Exemptions}) and atomic accesses need no lock and
 * are left out of the support counts (listed apart). A field with no other write is init-only (or immutable, if
 * never written) or atomic, and has no guard to find. For the others, every lock held at some access is a
 * candidate, told apart by its relation to the accessed object ({@link LockRelation}); an access holds a candidate
 * only if every calling context holds it. The guard is the candidate held at every write, then at the most
 * accesses, then the narrowest (own object's lock, another object's member lock, global), then by name. A declared
 * guard ({@link DeclaredGuards}) replaces the inferred one; it is stale when no access holds it.
 */
public final class GuardInference {
    private final GuardOptions options;
    private final DeclaredGuards declared;
    private final LockNames names;

    public GuardInference(GuardOptions options, DeclaredGuards declared, LockNames names) {
        this.options = options;
        this.declared = declared;
        this.names = names;
    }

    /** Every field's guard, by field path. */
    public Map<String, FieldGuard> infer(List<AccessSite> sites) {
        return infer(sites, null);
    }

    /**
     * What {@link #infer(List, Memo)} remembers for the next analysis of an evolving program: each field's sites and
     * guard. A field without a declared guard whose sites are the same objects, in the same order, keeps its guard
     * (the sites are all it depends on); the others are inferred again.
     */
    public static final class Memo {
        private TreeMap<String, List<AccessSite>> sites = new TreeMap<>();
        private final Map<String, FieldGuard> fields = new HashMap<>();
        /** The last call's guards, sorted by field (the map it returned): null when not kept. */
        private TreeMap<String, FieldGuard> out;
        /** The fields of {@link #out} whose guard is declared (inferred again by every call). */
        private final java.util.Set<String> declaredFields = new java.util.HashSet<>();
        private int inferred;

        public void clear() {
            sites.clear();
            fields.clear();
            out = null;
            declaredFields.clear();
        }

        /** Fields inferred by the last call (the others were reused). */
        public int inferred() {
            return inferred;
        }
    }

    /** As {@link #infer(List)}, reusing the guards of fields whose sites did not change ({@code memo} may be null). */
    public Map<String, FieldGuard> infer(List<AccessSite> sites, Memo memo) {
        return infer(sites, memo, null);
    }

    /**
     * As {@link #infer(List, Memo)}, told which fields' sites may differ from the last call's ({@code changedFields},
     * from {@link AccessSites.Memo#changedFields()}; null: any): the others' site lists are taken from {@code memo}
     * instead of grouping every site of the program again.
     */
    public Map<String, FieldGuard> infer(List<AccessSite> sites, Memo memo, java.util.Set<String> changedFields) {
        return infer(sites, memo, changedFields, null);
    }

    /**
     * As {@link #infer(List, Memo, java.util.Set)}, taking the changed fields' sites from {@code siteMemo} (the
     * access sites' memo of the call that made {@code sites}; may be null) instead of going through every site.
     */
    Map<String, FieldGuard> infer(List<AccessSite> sites, Memo memo, java.util.Set<String> changedFields,
            AccessSites.Memo siteMemo) {
        if (memo != null && changedFields != null && !memo.sites.isEmpty() && memo.out != null) {
            return changedOnly(sites, memo, changedFields, siteMemo);
        }
        TreeMap<String, List<AccessSite>> byField;
        if (memo != null && changedFields != null && !memo.sites.isEmpty()) {
            byField = withChanged(memo.sites, changedFields, sitesOf(sites, changedFields));
        } else {
            Map<String, List<AccessSite>> hashed = new HashMap<>(); // then sorted once: cheaper than a sorted map (perf)
            for (AccessSite s : sites) {
                hashed.computeIfAbsent(s.field(), k -> new ArrayList<>()).add(s);
            }
            byField = new TreeMap<>(hashed);
        }
        Map<String, FieldGuard> out = new LinkedHashMap<>();
        int inferred = 0;
        for (Map.Entry<String, List<AccessSite>> e : byField.entrySet()) {
            FieldGuard known = memo == null ? null : memo.fields.get(e.getKey());
            if (known != null && known.declared() == null && declared.of(e.getKey()) == null
                    && sameObjects(memo.sites.get(e.getKey()), e.getValue())) {
                out.put(e.getKey(), known);
            } else {
                out.put(e.getKey(), field(e.getKey(), group(e.getValue())));
                inferred++;
            }
        }
        if (memo != null) {
            memo.sites = byField;
            memo.fields.clear();
            memo.fields.putAll(out);
            memo.out = new TreeMap<>(out);
            memo.declaredFields.clear();
            out.forEach((f, g) -> {
                if (g.declared() != null) {
                    memo.declaredFields.add(f);
                }
            });
            memo.inferred = inferred;
        }
        return out;
    }

    /** The sites of {@code fields}, grouped by field, in the order of {@code sites}. */
    private static Map<String, List<AccessSite>> sitesOf(List<AccessSite> sites, java.util.Set<String> fields) {
        Map<String, List<AccessSite>> out = new HashMap<>();
        for (AccessSite s : sites) {
            if (fields.contains(s.field())) {
                out.computeIfAbsent(s.field(), k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }

    /** {@code previous}'s site lists with those of {@code changedFields} replaced by {@code changed}'s (or gone). */
    private static TreeMap<String, List<AccessSite>> withChanged(Map<String, List<AccessSite>> previous,
            java.util.Set<String> changedFields, Map<String, List<AccessSite>> changed) {
        TreeMap<String, List<AccessSite>> byField = new TreeMap<>(previous);
        for (String f : changedFields) {
            List<AccessSite> l = changed.get(f);
            if (l == null) {
                byField.remove(f);
            } else {
                byField.put(f, l);
            }
        }
        return byField;
    }

    /**
     * {@link #infer(List, Memo, java.util.Set)} when {@code memo} holds the last call's guards: only the changed
     * fields, and the fields with a declared guard (always inferred again, as in a full call), are looked at; the
     * others' guards are the last call's, taken with the sorted map (copying a sorted map is linear, without
     * comparisons) instead of going through every field of the program (perf). Same map, in the same order.
     */
    private Map<String, FieldGuard> changedOnly(List<AccessSite> sites, Memo memo, java.util.Set<String> changedFields,
            AccessSites.Memo siteMemo) {
        Map<String, List<AccessSite>> changed = new HashMap<>();
        if (siteMemo != null && siteMemo.merged()) {
            for (String f : changedFields) {
                List<AccessSite> l = siteMemo.sitesOf(f, memo.sites.getOrDefault(f, List.of()));
                if (!l.isEmpty()) {
                    changed.put(f, l);
                }
            }
        } else {
            changed = sitesOf(sites, changedFields);
        }
        TreeMap<String, List<AccessSite>> byField = withChanged(memo.sites, changedFields, changed);
        TreeMap<String, FieldGuard> out = new TreeMap<>(memo.out);
        java.util.Set<String> redo = new java.util.HashSet<>(changedFields);
        redo.addAll(memo.declaredFields);
        redo.addAll(declared.all().keySet());
        int inferred = 0;
        for (String f : redo) {
            List<AccessSite> l = byField.get(f);
            if (l == null) {
                out.remove(f);
                memo.fields.remove(f);
                continue;
            }
            FieldGuard known = memo.fields.get(f);
            FieldGuard g;
            if (known != null && known.declared() == null && declared.of(f) == null
                    && sameObjects(memo.sites.get(f), l)) {
                g = known;
            } else {
                g = field(f, group(l));
                inferred++;
            }
            out.put(f, g);
            memo.fields.put(f, g);
            if (g.declared() != null) {
                memo.declaredFields.add(f);
            } else {
                memo.declaredFields.remove(f);
            }
        }
        memo.declaredFields.retainAll(out.keySet());
        memo.sites = byField;
        memo.out = out; // copied before the next call changes it: the map returned stays as it is
        memo.inferred = inferred;
        return java.util.Collections.unmodifiableMap(out);
    }

    private static boolean sameObjects(List<AccessSite> a, List<AccessSite> b) {
        if (a == b) {
            return a != null;
        }
        if (a == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Groups the contexts of each source access. */
    public static List<StaticAccess> group(List<AccessSite> sites) {
        Map<String, List<AccessSite>> m = new LinkedHashMap<>();
        for (AccessSite s : sites) {
            m.computeIfAbsent(s.function() + "|" + s.file() + "|" + s.line() + "|" + s.kind() + "|" + s.field(),
                    k -> new ArrayList<>()).add(s);
        }
        List<StaticAccess> out = new ArrayList<>();
        for (List<AccessSite> l : m.values()) {
            AccessSite f = l.get(0);
            out.add(new StaticAccess(f.function(), f.file(), f.line(), f.field(), f.kind(), l));
        }
        return out;
    }

    private FieldGuard field(String field, List<StaticAccess> all) {
        boolean global = all.get(0).first().global();
        List<StaticAccess> needing = all.stream().filter(StaticAccess::needsGuard).toList();
        List<StaticAccess> exempt = all.stream().filter(a -> a.first().exempt()).toList();
        int atomic = (int) all.stream().filter(a -> a.first().atomic() && !a.first().exempt()).count();
        int writes = (int) needing.stream().filter(StaticAccess::write).count();
        DeclaredGuard decl = declared.of(field);

        List<FieldGuard.Candidate> candidates = new ArrayList<>();
        TreeSet<GuardCandidate> seen = new TreeSet<>();
        for (StaticAccess a : needing) {
            for (AccessSite s : a.contexts()) {
                seen.addAll(s.must());
            }
        }
        for (GuardCandidate c : seen) {
            int held = 0;
            int heldWrites = 0;
            for (StaticAccess a : needing) {
                if (a.holds(c)) {
                    held++;
                    if (a.write()) {
                        heldWrites++;
                    }
                }
            }
            if (held > 0 && !c.rcuReadSide()) {
                candidates.add(new FieldGuard.Candidate(c, held, heldWrites));
            }
        }
        candidates.sort(Comparator.comparingInt((FieldGuard.Candidate c) -> c.heldWrites() == writes ? 0 : 1)
                .thenComparing(Comparator.comparingInt(FieldGuard.Candidate::held).reversed())
                .thenComparingInt(c -> c.lock().specificity()).thenComparing(c -> c.lock().lock()));

        GuardCandidate guard = null;
        boolean stale = false;
        if (decl != null) {
            guard = declaredCandidate(decl, needing, candidates);
            final GuardCandidate g = guard;
            stale = needing.stream().noneMatch(a -> a.holds(g));
        } else if (writes > 0 && !candidates.isEmpty()) {
            guard = candidates.get(0).lock();
        }
        FieldStatus status;
        if (decl != null) {
            status = FieldStatus.GUARDED;
        } else if (needing.isEmpty()) {
            status = atomic > 0 ? FieldStatus.ATOMIC
                    : exempt.stream().anyMatch(StaticAccess::write) ? FieldStatus.INIT_ONLY : FieldStatus.IMMUTABLE;
        } else if (writes == 0) {
            status = exempt.stream().anyMatch(StaticAccess::write) ? FieldStatus.INIT_ONLY
                    : atomic > 0 ? FieldStatus.ATOMIC : FieldStatus.IMMUTABLE;
        } else if (guard != null) {
            status = FieldStatus.GUARDED;
        } else {
            status = needing.stream().allMatch(a -> a.first().reference() != null) ? FieldStatus.LIFETIME_ONLY
                    : FieldStatus.UNGUARDED;
        }
        int held = 0;
        int heldWrites = 0;
        List<Counterexample> counter = new ArrayList<>();
        if (guard != null) {
            for (StaticAccess a : needing) {
                if (a.holds(guard)) {
                    held++;
                    heldWrites += a.write() ? 1 : 0;
                } else {
                    counter.add(counterexample(a, guard));
                }
            }
        }
        if (status != FieldStatus.GUARDED) {
            guard = null;
        }
        return new FieldGuard(field, global, status, guard, decl, stale, needing.size(), held, writes, heldWrites,
                candidates, counter, exempt, atomic, all.size(), all);
    }

    private static Counterexample counterexample(StaticAccess a, GuardCandidate guard) {
        AccessSite ctx = a.contextsWithout(guard).get(0);
        List<String> held = new ArrayList<>(ctx.mustDisplay());
        return new Counterexample(a.attributedTo(), a.file(), a.line(), a.kindName(), held, ctx.context().describe(),
                ctx.reference());
    }

    /** The candidate a declaration names: the held candidate it matches (own object's first), else a new one. */
    private GuardCandidate declaredCandidate(DeclaredGuard d, List<StaticAccess> needing, List<FieldGuard.Candidate> cands) {
        for (FieldGuard.Candidate c : cands) {
            if (names.matches(c.lock(), d.lock())) {
                return c.lock();
            }
        }
        String resolved = names.resolve(d.lock());
        return new GuardCandidate(resolved, resolved.contains(".") ? LockRelation.OTHER : LockRelation.GLOBAL);
    }

    public GuardOptions options() {
        return options;
    }
}
