package org.lockaudit.core.concurrency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.EvidenceStep;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingKind;
import org.lockaudit.core.check.FindingSink;
import org.lockaudit.core.inference.AccessSite;
import org.lockaudit.core.inference.GuardCandidate;
import org.lockaudit.core.program.Program;

/**
 * The lockset race rule: two accesses of one shared location (a global, a member of a global struct, or a field
 * reached through a global pointer) from contexts that may run at the same time ({@link ConcurrencyModel}), at
 * least one a write, with no lock held on every path at both (lockset intersection, locks compared by canonical
 * id), are an {@code unguarded-access}. Reported once per racing write (at the write), with the access it races
 * with and both calling contexts as evidence. Exempt (object not yet published) and atomic accesses never race;
 * neither does taking an address ({@code &cond} passed to {@code pthread_cond_wait}), nor an access of thread-local
 * storage ({@link ConcurrencyModel#perThread}).
 */
public final class RaceDetector {
    private final ConcurrencyModel model;
    private final Program program;
    private final org.lockaudit.core.check.LockHandOffs handOffs;
    private final java.util.function.Function<org.lockaudit.core.program.FunctionId, Set<String>> returnsSome;
    private final java.util.function.Function<org.lockaudit.core.program.FunctionId, Set<String>> releasesSome;
    private final Map<String, org.lockaudit.core.program.FunctionId> byName;

    public RaceDetector(ConcurrencyModel model, Program program) {
        this(model, program, null, f -> Set.of(), f -> Set.of());
    }

    /**
     * With {@code handOffs}: code of a caller between its call to a function that returns a lock on some paths
     * ({@code returnsSome}: the classes, from the callee's summary) and its own release of that class (directly, by
     * a release wrapper, or by a call to a function that releases it on some paths: {@code releasesSome}) holds it.
     */
    public RaceDetector(ConcurrencyModel model, Program program, org.lockaudit.core.check.LockHandOffs handOffs,
            java.util.function.Function<org.lockaudit.core.program.FunctionId, Set<String>> returnsSome,
            java.util.function.Function<org.lockaudit.core.program.FunctionId, Set<String>> releasesSome) {
        this.model = model;
        this.releasesSome = releasesSome;
        this.program = program;
        this.handOffs = handOffs;
        this.returnsSome = returnsSome;
        this.byName = handOffs == null ? Map.of() : byName(program);
    }

    /** The first function of each name (in id order) of the last program asked about. */
    private record Names(long generation, Map<String, org.lockaudit.core.program.FunctionId> byName) {
    }

    private static volatile Names lastNames;

    /**
     * The first function of each name, in id order: kept from the last program asked about for a program made from
     * it by swapping definitions ({@link Program#basedOn}: the same function identities), instead of going through
     * every function again (perf).
     */
    private static Map<String, org.lockaudit.core.program.FunctionId> byName(Program program) {
        Names last = lastNames;
        if (last != null && (last.generation() == program.generation()
                || program.basedOn() != 0 && last.generation() == program.basedOn())) {
            lastNames = new Names(program.generation(), last.byName());
            return last.byName();
        }
        Map<String, org.lockaudit.core.program.FunctionId> out = new java.util.HashMap<>();
        for (org.lockaudit.core.program.FunctionId f : program.functions().keySet()) {
            out.putIfAbsent(f.name(), f);
        }
        out = java.util.Collections.unmodifiableMap(out);
        lastNames = new Names(program.generation(), out);
        return out;
    }

    private record Placed(AccessSite site, ExecutionContext context, Set<String> locks, ArrayElement element,
            List<LockStripe> stripes) {
    }

    /**
     * What the race rule reads of one site by itself, whatever the concurrency model and the hand-offs: whether it
     * can race at all (needs a guard, not an address taken, a shared location), its locks by class, its stripes and
     * array element, and its context's call frames (null: unknown). Also depends on the program's globals, which
     * change only when the program is linked anew.
     */
    private record Own(boolean candidate, Set<String> locks, List<LockStripe> stripes, ArrayElement element,
            List<ExecutionContext.Frame> frames) {
        static final Own NOT = new Own(false, Set.of(), List.of(), null, null);
    }

    /**
     * What {@link #report} read of each site by itself ({@code Own}), kept for the next report over an evolving
     * program ({@code AnalysisSession}): the sites of functions that were not analysed again are the same objects, so
     * only the new sites are read again (the concurrency model and the hand-offs are applied afresh to every site).
     * Keyed by identity; entries of sites no longer reported stay until they are a fifth of the memo.
     * {@link #clear()} when the program is linked anew (its globals may differ). Not thread-safe.
     */
    public static final class Memo {
        private Map<AccessSite, Own> sites = new java.util.IdentityHashMap<>();
        private Map<org.lockaudit.core.inference.AccessContext, Object> frames = new java.util.IdentityHashMap<>();
        private int read;

        public void clear() {
            sites = new java.util.IdentityHashMap<>();
            frames = new java.util.IdentityHashMap<>();
        }

        /** Sites the last report read anew (the others' reading was kept). */
        public int read() {
            return read;
        }
    }

    private static final Object UNKNOWN_PATH = new Object();

    public void report(List<AccessSite> sites, FindingSink sink) {
        report(sites, sink, null);
    }

    /** As {@link #report(List, FindingSink)}, reusing what {@code memo} (may be null) kept of each site. */
    public void report(List<AccessSite> sites, FindingSink sink, Memo memo) {
        if (memo != null && memo.sites.size() > sites.size() + sites.size() / 4 + 1024) {
            // sites of functions built again since are never asked about again: dropped once they are a fifth of
            // the memo, not at every report (rebuilding it costs a good part of what it saves)
            Map<AccessSite, Own> live = new java.util.IdentityHashMap<>(sites.size() * 2);
            Map<org.lockaudit.core.inference.AccessContext, Object> liveFrames = new java.util.IdentityHashMap<>();
            for (AccessSite s : sites) {
                Own own = memo.sites.get(s);
                if (own != null) {
                    live.put(s, own);
                    Object f = memo.frames.get(s.context());
                    if (f != null) {
                        liveFrames.put(s.context(), f);
                    }
                }
            }
            memo.sites = live;
            memo.frames = liveFrames;
        }
        Map<AccessSite, Own> known = memo == null ? new java.util.IdentityHashMap<>() : memo.sites;
        Map<org.lockaudit.core.inference.AccessContext, Object> frames = memo == null
                ? new java.util.IdentityHashMap<>() : memo.frames;
        int read = 0;
        Map<String, List<Placed>> byLocation = new LinkedHashMap<>();
        for (AccessSite s : sites) {
            Own own = known.get(s);
            if (own == null) {
                own = own(s, frames);
                if (memo != null) {
                    known.put(s, own);
                }
                read++;
            }
            if (!own.candidate()) {
                continue; // thread-local storage among them (Own)
            }
            ExecutionContext c = model.contextOf(s, own.frames());
            if (!c.concurrent()) {
                continue;
            }
            if (s.hardIrq() != null && s.hardIrq() != model.inHardIrq(c)) {
                continue; // behind in_irq() (or !in_irq()): not reached from this context
            }
            Set<String> locks = own.locks();
            List<LockStripe> stripes = own.stripes();
            List<org.lockaudit.core.check.LockHandOffs.HandOff> handed = handedOver(c);
            if (!handed.isEmpty()) {
                locks = new HashSet<>(locks);
                stripes = new ArrayList<>(stripes);
                for (org.lockaudit.core.check.LockHandOffs.HandOff h : handed) {
                    stripes.add(new LockStripe(h.lock(), "?"));
                    locks.add(h.lock().substring(h.lock().indexOf('#') + 1));
                }
            }
            byLocation.computeIfAbsent(s.field(), k -> new ArrayList<>())
                    .add(new Placed(s, c, locks, own.element(), stripes));
        }
        if (memo != null) {
            memo.read = read;
        }
        Set<String> reported = new HashSet<>();
        for (Map.Entry<String, List<Placed>> e : byLocation.entrySet()) {
            List<Placed> all = new ArrayList<>(e.getValue());
            all.sort(Comparator.comparing((Placed p) -> p.site().file()).thenComparingInt(p -> p.site().line()));
            for (Placed w : all) {
                if (!w.site().write()) {
                    continue;
                }
                String key = e.getKey() + "|" + w.site().file() + "|" + w.site().line();
                if (reported.contains(key)) {
                    continue;
                }
                Placed other = partner(w, all);
                if (other != null) {
                    reported.add(key);
                    sink.report(finding(e.getKey(), w, other));
                }
            }
        }
    }

    /** {@link Own}: what one site says by itself (its context's frames taken from {@code knownFrames} if there). */
    private Own own(AccessSite s, Map<org.lockaudit.core.inference.AccessContext, Object> knownFrames) {
        // an address taken (&cond passed to pthread_cond_wait, &locks[i] to a lock call) is neither a read nor a
        // write of the location by itself
        if (!s.needsGuard() || s.kind() == org.lockaudit.core.facts.AccessKind.ADDRESS || !shared(s)) {
            return Own.NOT;
        }
        if (model.perThread(s)) {
            // thread-local storage: each thread its own copy. Read with the site (the program's globals, which
            // decide it, change only with a relink, and the session clears the memo then), not at every report
            return Own.NOT;
        }
        Object f = knownFrames.get(s.context());
        if (f == null) {
            List<ExecutionContext.Frame> parsed = ConcurrencyModel.callFrames(s.context().callPath());
            f = parsed == null ? UNKNOWN_PATH : parsed;
            knownFrames.put(s.context(), f);
        }
        @SuppressWarnings("unchecked")
        List<ExecutionContext.Frame> frames = f == UNKNOWN_PATH ? null : (List<ExecutionContext.Frame>) f;
        Set<String> locks = new HashSet<>();
        for (GuardCandidate g : s.must()) {
            locks.add(g.lock());
        }
        // member locks a caller holds through an object this function cannot name (the thread's own t->lock
        // around a call chain that does not pass t): compared by class, like every member lock here
        locks.addAll(s.context().heldUnnamed());
        List<LockStripe> stripes = new ArrayList<>();
        for (org.lockaudit.core.program.LockId l : s.mustLocks()) {
            LockStripe st = LockStripe.of(l);
            if (st != null) {
                stripes.add(st);
            }
        }
        return new Own(true, java.util.Collections.unmodifiableSet(locks), List.copyOf(stripes), ArrayElement.of(s),
                frames);
    }

    /** The first access racing with {@code w}, preferring one in another function. */
    private Placed partner(Placed w, List<Placed> all) {
        Placed best = null;
        for (Placed o : all) {
            if (!model.mayRunTogether(w.context(), o.context())) {
                continue;
            }
            Set<String> common = new HashSet<>(w.locks());
            common.retainAll(o.locks());
            if (!common.isEmpty() || distinctElements(w, o) || commonStripe(w, o)) {
                continue;
            }
            if (best == null || (best.site().function().equals(w.site().function())
                    && !o.site().function().equals(w.site().function()))) {
                best = o;
            }
        }
        return best;
    }

    /**
     * The locks handed to a function on the access's call path by a lock-returning callee ({@link
     * org.lockaudit.core.check.LockHandOffs}): a frame whose line lies between the call that returned the lock and
     * the caller's release of it holds it (a stripe of unknown index when the lock is an array element: its
     * subscript is the callee's). Heuristic and limit: "between" is source order within the caller, and a path on
     * which the callee did not return the lock (it reported so through its result) counts as holding it too.
     */
    private List<org.lockaudit.core.check.LockHandOffs.HandOff> handedOver(ExecutionContext c) {
        if (handOffs == null) {
            return List.of();
        }
        List<org.lockaudit.core.check.LockHandOffs.HandOff> out = List.of();
        for (ExecutionContext.Frame fr : c.frames()) {
            org.lockaudit.core.program.FunctionId f = byName.get(fr.function());
            if (f == null) {
                continue;
            }
            for (org.lockaudit.core.check.LockHandOffs.HandOff h : handOffs.handOffsIn(f, returnsSome, releasesSome)) {
                if (h.covers(fr.line())) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>();
                    }
                    out.add(h);
                }
            }
        }
        return out;
    }

    /**
     * Two different constant elements of one array ({@code a[0]}, {@code a[1]}) are two locations; so are two
     * elements each indexed by the CPU the code runs on ({@code irq_stat[smp_processor_id()]}): per-CPU data, each
     * CPU touching only its own slot. Heuristic and limit: an interrupt handler and the code it interrupts on the
     * same CPU share the slot, and that is not reported.
     */
    private static boolean distinctElements(Placed a, Placed b) {
        return a.element() != null && b.element() != null
                && (a.element().distinctFrom(b.element()) || a.element().array().equals(b.element().array())
                        && currentCpu(a.element().index()) && currentCpu(b.element().index()));
    }

    /** The subscript is the running CPU's id: Linux's {@code smp_processor_id()}, Xen's expansion of it. */
    private static boolean currentCpu(String index) {
        return CURRENT_CPU.matcher(index).matches();
    }

    private static final java.util.regex.Pattern CURRENT_CPU = java.util.regex.Pattern.compile(
            "\\(*(raw_)?smp_processor_id\\(\\)\\)*|\\(*get_cpu_info\\(\\)->processor_id\\)*|\\(*get_processor_id\\(\\)\\)*");

    /**
     * The striped-element heuristic: two accesses of elements of one array ({@code sizes[it->slabs_clsid]},
     * {@code sizes[id]}) that both hold a stripe of one lock array ({@code lru_locks[it->slabs_clsid]},
     * {@code lru_locks[id]}) whose subscripts may be equal count as holding a common lock. It states the usual
     * discipline of striped locks (element i, or the bucket of hash h, under the stripe of the same index or hash)
     * without proving that the two sites map an element to its stripe the same way; limit: an array whose elements
     * are touched under unrelated stripes of one lock array is not reported. Accesses of a whole variable (a scalar
     * counter, the array pointer itself) are not elements, so stripes give them no common lock.
     */
    private static boolean commonStripe(Placed a, Placed b) {
        if (a.element() == null || b.element() == null || !a.element().array().equals(b.element().array())) {
            return false;
        }
        for (LockStripe x : a.stripes()) {
            for (LockStripe y : b.stripes()) {
                if (x.mayEqual(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A global, a member of a global struct, or a member reached through a global pointer. */
    private boolean shared(AccessSite s) {
        if (s.global()) {
            return true;
        }
        String base = s.base();
        if (base == null) {
            return false;
        }
        String root = ConcurrencyModel.rootName(base);
        return !root.isEmpty() && program.global(root, s.file()) != null;
    }

    private static Finding finding(String field, Placed w, Placed o) {
        AccessSite a = w.site();
        AccessSite b = o.site();
        String held = w.locks().isEmpty() ? "no lock" : String.join(", ", a.mustDisplay());
        String heldThere = o.locks().isEmpty() ? "no lock" : String.join(", ", b.mustDisplay());
        String message = a.kindName() + "s " + field + " in " + w.context().description() + " holding " + held
                + ", while " + b.attributedTo() + "() may " + (b.write() ? "write" : "read") + " it at the same time ("
                + ConcurrencyModel.shortFile(b.file()) + ":" + b.line() + ", " + o.context().description() + ", holding "
                + heldThere + "): no common lock";
        return new Finding(FindingKind.UNGUARDED_ACCESS, a.file(), a.line(), a.attributedTo(), List.of(), message,
                List.of(path("this " + a.kindName() + ", in " + w.context().description(), a),
                        path("the concurrent " + b.kindName() + ", in " + o.context().description(), b)),
                null);
    }

    private static EvidencePath path(String label, AccessSite s) {
        List<EvidenceStep> steps = new ArrayList<>();
        for (String p : s.context().callPath()) {
            int open = p.lastIndexOf(" (");
            int colon = p.lastIndexOf(':');
            if (open < 0 || colon < open) {
                continue;
            }
            int line;
            try {
                line = Integer.parseInt(p.substring(colon + 1, p.length() - 1));
            } catch (NumberFormatException e) {
                continue;
            }
            steps.add(new EvidenceStep(p.substring(open + 2, colon), line, p.substring(0, open) + "() calls", ""));
        }
        steps.add(new EvidenceStep(s.file(), s.line(), s.kindName() + " of " + s.field() + " in " + s.attributedTo()
                + "()", String.join(", ", s.mustDisplay())));
        return new EvidencePath(label, steps);
    }
}
