package org.lockaudit.core.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.dataflow.LockSetListener;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * Collects every access in every calling context ({@link ContextualAnalysis}) as an {@link AccessSite}: the locks
 * held on every path (met over the analysis's split states), those held on some path only, and whether the access
 * is exempt, atomic or made under a counted reference. Accesses of the generic link types' fields and of lock
 * fields themselves are left out (see {@link FieldPaths}).
 */
public final class AccessSites implements ContextualAnalysis.RunListener {
    private final GuardOptions options;
    private final Exemptions exemptions;
    private final java.util.Set<String> lockFields;
    /** The runs observed, per function, in the order the functions were run (each function's runs in a row). */
    private final Map<FunctionId, List<Run>> runs = new LinkedHashMap<>();

    public AccessSites(GuardOptions options, Exemptions exemptions, java.util.Set<String> lockFields) {
        this(options, exemptions, lockFields, java.util.Set.of());
    }

    public AccessSites(GuardOptions options, Exemptions exemptions, java.util.Set<String> lockFields,
            java.util.Set<String> staticsInSeveralFiles) {
        this.options = options;
        this.exemptions = exemptions;
        this.lockFields = lockFields;
        this.staticsInSeveralFiles = staticsInSeveralFiles;
    }

    private final java.util.Set<String> staticsInSeveralFiles;

    private static final class Acc {
        HeldLockSet must;
        HeldLockSet may;
        /** Every path here tested a hard-IRQ predicate true ({@code in_irq()}); false ({@code !in_irq()}). */
        boolean hardIrq = true;
        boolean notHardIrq = true;
    }

    /** One function's run in one context: the locks held at each access, met (must) and joined (may) over its visits. */
    private static final class Run implements LockSetListener {
        final FunctionId f;
        final Function fn;
        final AccessContext context;
        final Map<Access, Acc> seen = new LinkedHashMap<>();

        Run(FunctionId f, Function fn, AccessContext context) {
            this.f = f;
            this.fn = fn;
            this.context = context;
        }

        @Override
        public void access(FunctionId id, LockState before, Access access, Step at) {
            Acc a = seen.computeIfAbsent(access, k -> new Acc());
            a.must = a.must == null ? before.must() : a.must.intersect(before.must());
            a.may = a.may == null ? before.may() : a.may.union(before.may());
            Boolean irq = before.locals().get(org.lockaudit.core.lockapi.LockApi.HARD_IRQ);
            a.hardIrq &= Boolean.TRUE.equals(irq);
            a.notHardIrq &= Boolean.FALSE.equals(irq);
        }
    }

    /**
     * What {@link #sites(Memo, List)} remembers per function for the next analysis of an evolving program: its runs,
     * the exempt accesses they were built with, and the sites built.
     */
    public static final class Memo {
        private record Entry(List<Run> runs, Map<Access, Exemption> exempt, List<AccessSite> sites) {
        }

        private final Map<FunctionId, Entry> entries = new HashMap<>();
        private java.util.Set<String> lockFields;
        /** The last call's order and its sorted sites (the list it returned). */
        private List<FunctionId> order;
        private List<AccessSite> sorted;
        /** The fields whose sites the last call changed, or null when it sorted every site afresh. */
        private java.util.Set<String> changedFields;
        /** The last call's merge: the sites it removed and the fresh sites (sorted), per field; null: no merge. */
        private Map<String, java.util.Set<AccessSite>> removedByField;
        private Map<String, List<AccessSite>> freshByField;
        /** Each function's rank in {@link #order}, made on the first tie {@link #sitesOf} meets. */
        private Map<FunctionId, Integer> rank;

        public void clear() {
            entries.clear();
            lockFields = null;
            order = null;
            sorted = null;
            changedFields = null;
            removedByField = null;
            freshByField = null;
            rank = null;
        }

        /** Whether the last call merged its sites into the call before's list ({@link #sitesOf} answers). */
        boolean merged() {
            return removedByField != null;
        }

        /**
         * The sites of one of {@link #changedFields()} in the list the last call returned, given its sites in the
         * list of the call before ({@code previous}, in that list's order; empty for a new field): the last merge
         * restricted to the field, which is the field's sites of the merged list in order (the merge of sorted lists
         * commutes with keeping one field's sites), without going through every site of the program. Null when the
         * last call did not merge.
         */
        List<AccessSite> sitesOf(String field, List<AccessSite> previous) {
            if (removedByField == null) {
                return null;
            }
            return AccessSites.merged(previous, removedByField.getOrDefault(field, java.util.Set.of()),
                    freshByField.getOrDefault(field, List.of()), () -> {
                        if (rank == null) {
                            rank = new HashMap<>();
                            for (int k = 0; k < order.size(); k++) {
                                rank.putIfAbsent(order.get(k), k);
                            }
                        }
                        return rank;
                    });
        }

        /**
         * The fields of every site the last {@link AccessSites#sites(Memo, List)} call removed or added, or null
         * when it did not compare with the call before (every field may have changed): the sites of any other
         * field are the same objects in the same order as in that call.
         */
        public java.util.Set<String> changedFields() {
            return changedFields;
        }
    }

    @Override
    public LockSetListener listenerFor(FunctionId f, Function fn, AccessContext context, HeldLockSet entry) {
        Run r = new Run(f, fn, context);
        synchronized (runs) { // several threads in a parallel pass (see inPassOrder)
            runs.computeIfAbsent(f, k -> new ArrayList<>()).add(r);
        }
        return r;
    }

    /**
     * The runs observed from several threads in a parallel pass ({@code ContextualAnalysis.run(.., threads, ..)}):
     * each function's runs come from one thread, in order, but the functions come in no particular order; this puts
     * them back in {@code passOrder}, the sequential pass' order, which {@link #sites()} keeps.
     */
    void inPassOrder(List<FunctionId> passOrder) {
        Map<FunctionId, List<Run>> observed = new HashMap<>(runs);
        runs.clear();
        for (FunctionId f : passOrder) {
            List<Run> l = observed.remove(f);
            if (l != null) {
                runs.put(f, l);
            }
        }
        if (!observed.isEmpty()) {
            throw new IllegalStateException("runs of functions outside the pass: " + observed.keySet());
        }
    }

    /** The collected sites, in function, line and context order. */
    public List<AccessSite> sites() {
        List<AccessSite> out = new ArrayList<>();
        for (List<Run> l : runs.values()) {
            build(l, exemptions.exemptAccesses(l.get(0).fn), out);
        }
        return sorted(out);
    }

    /**
     * The sites of every function of {@code order} (the order of the contextual pass that ran them): built from the
     * runs this collector observed, or, for a function it did not observe (not run again), from the runs {@code memo}
     * remembers, reusing the sites built last time when its exempt accesses and the program's lock fields are the
     * same. Equal to {@link #sites()} after a full pass. Updates {@code memo}.
     *
     * <p>When the order and the lock fields are those of the last call, only the sites of the functions built again
     * are sorted, and merged into the last call's sorted list without the sites those functions had (an edit
     * rebuilds a few functions of 42,000 sites on Xen: sorting them all was most of this method). The merge gives
     * the full sort's list: that sort is stable, so sites with the same file, line and field stay in the order of
     * their functions in {@code order}, then in build order, which the merge keeps by ranking functions in
     * {@code order} on such ties; a function's sites are all old or all new.
     */
    public List<AccessSite> sites(Memo memo, List<FunctionId> order) {
        boolean sameLockFields = lockFields == memo.lockFields || lockFields.equals(memo.lockFields);
        boolean merge = memo.sorted != null && sameLockFields && order.equals(memo.order);
        List<AccessSite> out = new ArrayList<>();
        java.util.Set<AccessSite> removed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (FunctionId f : order) {
            List<Run> observed = runs.get(f);
            Memo.Entry known = memo.entries.get(f);
            if (observed == null && known == null) {
                throw new IllegalStateException("no run of " + f + " observed or remembered");
            }
            List<Run> l = observed != null ? observed : known.runs();
            Map<Access, Exemption> exempt = exemptions.exemptAccesses(l.get(0).fn);
            if (observed == null && known.exempt() == exempt && sameLockFields) {
                if (!merge) {
                    out.addAll(known.sites());
                }
                continue;
            }
            List<AccessSite> built = new ArrayList<>();
            build(l, exempt, built);
            out.addAll(built);
            if (merge && known != null) {
                removed.addAll(known.sites());
            }
            memo.entries.put(f, new Memo.Entry(l, exempt, built)); // in place: f's entry is not read again
        }
        if (memo.entries.size() > order.size()) { // functions gone since the last pass
            memo.entries.keySet().retainAll(new java.util.HashSet<>(order));
        }
        memo.lockFields = lockFields;
        List<AccessSite> result;
        if (merge) {
            java.util.Set<String> changed = new java.util.HashSet<>();
            for (AccessSite s : removed) {
                changed.add(s.field());
            }
            for (AccessSite s : out) {
                changed.add(s.field());
            }
            List<AccessSite> fresh = sorted(out);
            result = merged(memo.sorted, removed, fresh, order);
            memo.changedFields = changed;
            memo.removedByField = new HashMap<>();
            for (AccessSite s : removed) {
                memo.removedByField.computeIfAbsent(s.field(),
                        k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(s);
            }
            memo.freshByField = new HashMap<>();
            for (AccessSite s : fresh) {
                memo.freshByField.computeIfAbsent(s.field(), k -> new ArrayList<>()).add(s);
            }
        } else {
            result = sorted(out);
            memo.changedFields = null;
            memo.removedByField = null;
            memo.freshByField = null;
        }
        memo.order = List.copyOf(order);
        memo.rank = null;
        memo.sorted = result;
        return result;
    }

    /**
     * {@code previous} without {@code removed}, merged with {@code fresh} (both sorted by {@link #sorted}): on equal
     * file, line and field, the site whose function comes first in {@code order} first. The removed and the fresh
     * sites are placed by binary search and the runs of {@code previous} between them copied whole: an edit changes
     * a few of 42,000 sites on Xen, and comparing every site (file paths with long common prefixes) was most of an
     * update's merge (perf). Same list as the merge that compares every site.
     */
    static List<AccessSite> merged(List<AccessSite> previous, java.util.Set<AccessSite> removed,
            List<AccessSite> fresh, List<FunctionId> order) {
        return merged(previous, removed, fresh, () -> {
            Map<FunctionId, Integer> rank = new HashMap<>();
            for (int k = 0; k < order.size(); k++) {
                rank.putIfAbsent(order.get(k), k);
            }
            return rank;
        });
    }

    /** As {@link #merged(List, java.util.Set, List, List)}, with the rank of each function in pass order. */
    private static List<AccessSite> merged(List<AccessSite> previous, java.util.Set<AccessSite> removed,
            List<AccessSite> fresh, java.util.function.Supplier<Map<FunctionId, Integer>> ranks) {
        int n = previous.size();
        // the indices of the removed sites: each among the sites of its own file, line and field
        int[] gone = new int[removed.size()];
        int g = 0;
        for (AccessSite r : removed) {
            for (int i = lowerBound(previous, r); i < n && compare(previous.get(i), r) == 0; i++) {
                if (previous.get(i) == r) {
                    gone[g++] = i;
                    break;
                }
            }
        }
        java.util.Arrays.sort(gone, 0, g); // a removed site not in previous (none expected) is left out
        Map<FunctionId, Integer> rank = null;
        // where each fresh site goes: before the first kept site it sorts before (on ties, by function rank)
        int[] at = new int[fresh.size()];
        for (int j = 0; j < fresh.size(); j++) {
            AccessSite b = fresh.get(j);
            int i = Math.max(lowerBound(previous, b), j > 0 ? at[j - 1] : 0);
            while (i < n && compare(previous.get(i), b) == 0) {
                AccessSite a = previous.get(i);
                if (!removed.contains(a)) {
                    if (rank == null) {
                        rank = ranks.get();
                    }
                    if (rank.get(b.function()) < rank.get(a.function())) {
                        break;
                    }
                }
                i++;
            }
            at[j] = i;
        }
        List<AccessSite> out = new ArrayList<>(n - g + fresh.size());
        int from = 0, r = 0, j = 0;
        while (from < n || j < at.length) {
            int nextGone = r < g ? gone[r] : n;
            int nextFresh = j < at.length ? at[j] : n;
            int upTo = Math.min(nextGone, nextFresh);
            if (upTo > from) {
                out.addAll(previous.subList(from, upTo));
                from = upTo;
            }
            if (j < at.length && at[j] == from) {
                out.add(fresh.get(j++)); // before the kept or removed site at from
            } else if (r < g && gone[r] == from) {
                from++;
                r++;
            } else if (from >= n) {
                break;
            }
        }
        return out;
    }

    /** The first index of {@code sorted} whose site does not sort before {@code s} ({@link #compare}). */
    private static int lowerBound(List<AccessSite> sorted, AccessSite s) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(sorted.get(mid), s) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int compare(AccessSite a, AccessSite b) {
        int c = a.file().compareTo(b.file());
        if (c == 0) {
            c = Integer.compare(a.line(), b.line());
        }
        return c != 0 ? c : a.field().compareTo(b.field());
    }

    /** By file, line and field; stable. */
    private static List<AccessSite> sorted(List<AccessSite> out) {
        out.sort(AccessSites::compare);
        return out;
    }

    /** The sites of one function's runs (in run order), appended to {@code out}. */
    private void build(List<Run> fnRuns, Map<Access, Exemption> exempt, List<AccessSite> out) {
        Function fn = fnRuns.get(0).fn;
        Map<String, String> references = references(fn);
        Map<Access, Boolean> atomic = atomicAccesses(fn);
        for (Run r : fnRuns) {
            for (Map.Entry<Access, Acc> e : r.seen.entrySet()) {
                Access a = e.getKey();
                String field = FieldPaths.of(a, staticsInSeveralFiles);
                String owner = FieldPaths.owner(field, a.isGlobal());
                if (owner != null && options.containerTypes().matcher(owner).matches() || lockFields.contains(field)) {
                    continue;
                }
                List<GuardCandidate> must = new ArrayList<>();
                List<String> mustDisplay = new ArrayList<>();
                List<LockId> mustLocks = new ArrayList<>();
                for (HeldLock h : e.getValue().must) {
                    mustLocks.add(h.lock());
                    GuardCandidate c = GuardCandidate.of(h.lock(), field, a.isGlobal(), a.getBase());
                    if (!must.contains(c)) {
                        must.add(c);
                    }
                    mustDisplay.add(h.describe());
                }
                List<String> mayOnly = new ArrayList<>();
                for (HeldLock h : e.getValue().may) {
                    if (!e.getValue().must.contains(h.lock())) {
                        mayOnly.add(h.lock().display());
                    }
                }
                String root = root(a.getBase());
                String file = a.getFile() != null ? a.getFile() : r.fn.getFile();
                out.add(new AccessSite(r.f, file, a.getLine(), field, a.isGlobal(), a.getKind(), a.getBase(),
                        atomic.containsKey(a), exempt.get(a), root == null ? null : references.get(root), must,
                        mustDisplay, mayOnly, r.context, mustLocks,
                        e.getValue().hardIrq ? Boolean.TRUE : e.getValue().notHardIrq ? Boolean.FALSE : null));
            }
        }
    }

    /** ADDRESS accesses passed (on the same line, in the same node) to an atomic builtin or helper. */
    private Map<Access, Boolean> atomicAccesses(Function fn) {
        Map<Access, Boolean> out = new IdentityHashMap<>();
        for (CfgNode n : fn.getNodes()) {
            List<Event> ev = n.getEvents();
            for (int i = 0; i < ev.size(); i++) {
                if (!(ev.get(i) instanceof Access a) || a.getKind() != AccessKind.ADDRESS) {
                    continue;
                }
                String last = a.getTarget().substring(a.getTarget().lastIndexOf('.') + 1);
                for (int j = i + 1; j < ev.size() && ev.get(j).getLine() == a.getLine(); j++) {
                    if (ev.get(j) instanceof Call c && Exemptions.matches(options.atomics(), c.getCallee())) {
                        for (String arg : c.getArguments()) {
                            String t = org.lockaudit.core.program.LockId.withoutBlanks(arg);
                            if (t.startsWith("&") && t.matches(".*\\b" + java.util.regex.Pattern.quote(last) + "\\b.*")) {
                                out.put(a, true);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Local → the reference call that keeps its object alive in this function ({@code pcidev_put(pdev) at line 117}). */
    private Map<String, String> references(Function fn) {
        Map<String, String> out = new HashMap<>();
        for (CfgNode n : fn.getNodes()) {
            for (Event e : n.getEvents()) {
                if (e instanceof Call c && c.getCallee() != null && c.getArguments().size() >= 1
                        && (Exemptions.matches(options.refPuts(), c.getCallee())
                                || Exemptions.matches(options.refGets(), c.getCallee()))) {
                    String v = LockId.normaliseBase(c.getArguments().get(0));
                    if (v.matches("[A-Za-z_]\\w*")) {
                        out.putIfAbsent(v, c.getCallee() + "(" + v + ") at line " + c.getLine());
                    }
                }
            }
        }
        return out;
    }

    private static String root(String base) {
        if (base == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[A-Za-z_]\\w*").matcher(LockId.normaliseBase(base));
        return m.find() ? m.group() : null;
    }

    /** Every member lock field of the program ({@code pci_dev.lock}): they are locks, not data. */
    public static java.util.Set<String> lockFields(org.lockaudit.core.program.Program program) {
        return lockFields(program, null);
    }

    /**
     * What {@link #lockFields(org.lockaudit.core.program.Program, LockFieldsCache)} remembers for the next analysis of
     * an evolving program: per function, its facts object and lock fields, and the set last returned.
     */
    public static final class LockFieldsCache {
        private record Entry(Function fn, List<String> fields) {
        }

        private final Map<org.lockaudit.core.program.FunctionId, Entry> entries = new HashMap<>();
        private java.util.Set<String> last;

        public void clear() {
            entries.clear();
            last = null;
        }
    }

    /**
     * As {@link #lockFields(org.lockaudit.core.program.Program)}, remembering each function's lock fields in
     * {@code cache} (may be null) with its facts object: a function whose facts object is the same is not scanned
     * again, and when no function's lock fields changed (and no function came or went) the very set of the last
     * call is returned.
     */
    public static java.util.Set<String> lockFields(org.lockaudit.core.program.Program program,
            LockFieldsCache cache) {
        if (cache == null) {
            java.util.Set<String> out = new TreeSet<>();
            for (Function fn : program.functions().values()) {
                out.addAll(lockFieldsOf(fn));
            }
            return out;
        }
        boolean same = cache.last != null && cache.entries.size() == program.functions().size();
        for (Map.Entry<org.lockaudit.core.program.FunctionId, Function> e : program.functions().entrySet()) {
            LockFieldsCache.Entry known = cache.entries.get(e.getKey());
            if (known != null && known.fn() == e.getValue()) {
                continue;
            }
            List<String> own = lockFieldsOf(e.getValue());
            same = same && known != null && known.fields().equals(own);
            cache.entries.put(e.getKey(), new LockFieldsCache.Entry(e.getValue(), own));
        }
        if (same) {
            return cache.last;
        }
        if (cache.entries.size() != program.functions().size()) {
            cache.entries.keySet().retainAll(program.functions().keySet());
        }
        java.util.Set<String> out = new TreeSet<>();
        for (org.lockaudit.core.program.FunctionId f : program.functions().keySet()) {
            out.addAll(cache.entries.get(f).fields());
        }
        cache.last = java.util.Collections.unmodifiableSet(out);
        return cache.last;
    }

    private static List<String> lockFieldsOf(Function fn) {
        List<String> out = new ArrayList<>();
        for (CfgNode n : fn.getNodes()) {
            for (Event e : n.getEvents()) {
                if (e instanceof org.lockaudit.core.facts.LockOperation op && op.getLock() != null
                        && op.getLock().getKind() == org.lockaudit.core.facts.LockKind.MEMBER
                        && op.getLock().getOwnerType() != null) {
                    out.add(op.getLock().getOwnerType() + "." + op.getLock().getName());
                } else if (e instanceof Access a && !a.isGlobal() && a.getTarget() != null
                        && (a.getBase() != null && a.getBase().contains("lock_init(")
                                || a.getMacro() != null && a.getMacro().endsWith("lock_init"))) {
                    out.add(a.getTarget());
                }
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }
}
