package org.lockaudit.core.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;
import org.lockaudit.core.program.Program;

/**
 * Lock-returning contracts read from the callers. A function that returns with a lock held on some paths only
 * ({@code lru_pull_tail(.., LRU_PULL_RETURN_ITEM, .., &ret)}, {@code limited_get_locked(.., &overflow)}, an
 * iterator that keeps its bucket locked between calls) hands the lock to its caller when a caller, on a path from
 * the call, releases a lock of the same class: directly, through a release wrapper ({@code item_unlock(hv)}: a
 * function that releases and acquires nothing, up to two wrappers deep), or through a lock pointer whose lock it
 * cannot name ({@code item_trylock_unlock(hold_lock)}: a wrapper releasing its pointer parameter), before taking
 * a lock of that class again itself (directly or through a function that takes it). Such a function
 * reports the lock's state to its caller through its result or an out-parameter; its mixed returns are the
 * contract, not an {@code inconsistent-return}.
 *
 * <p>Heuristic and limits: the release is matched by the lock's class (canonical id), not its instance, and a
 * release through an unnamed lock pointer matches any lock; the path from the call to the release is not required
 * to be the path on which the callee returned the lock. A function that leaks a lock on an error path and whose
 * caller also releases a lock of that class (after taking it itself) is missed.
 */
public final class LockHandOffs {
    private final Program program;
    /** Callee name → the direct call sites naming it (built on the first {@link #releasedByCaller}). */
    private Map<String, List<Site>> sitesByCallee;
    /** Function → what it releases as a wrapper ({@link #ANY} for a pointer it cannot name), empty: not a wrapper. */
    private final Map<FunctionId, Set<String>> wrappers = new HashMap<>();
    private static final String ANY = "*";

    private record Site(FunctionId caller, Function fn, int node, int event) {
    }

    /**
     * What one function's facts say by themselves, read once per facts object (perf: every incremental update links
     * a new program in which all but the edited functions keep their facts objects, and walking every event of the
     * program for each was most of this class's cost): its direct calls in node and event order, the classes it
     * releases and those it acquires with its own lock operations ({@link #released}: depends on its id, kept with
     * it). Lock operations are rewritten after extraction in their mode only ({@code RecursiveLocks}), which this
     * does not read. Weak keys, by identity (the values do not refer to the facts); thread-safe.
     */
    private record Local(FunctionId id, int[] callNodes, int[] callEvents, String[] callees, Set<String> releases,
            Set<String> acquires) {
    }

    private static final Map<Function, Local> LOCAL = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static Local local(FunctionId id, Function fn) {
        Local l = LOCAL.get(fn);
        if (l != null && l.id().equals(id)) {
            return l;
        }
        List<Integer> nodes = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        List<String> callees = new ArrayList<>();
        Set<String> releases = new HashSet<>();
        Set<String> acquires = new HashSet<>();
        for (CfgNode node : fn.getNodes()) {
            List<Event> events = node.getEvents();
            for (int i = 0; i < events.size(); i++) {
                Event ev = events.get(i);
                if (ev instanceof Call c && c.getCallee() != null) {
                    nodes.add(node.getId());
                    at.add(i);
                    callees.add(c.getCallee());
                } else if (ev instanceof LockOperation op && op.getLock() != null) {
                    if (op.getOp() == LockOpKind.RELEASE) {
                        releases.add(released(op, id));
                    } else if (op.getOp() == LockOpKind.ACQUIRE || op.getOp() == LockOpKind.TRY_ACQUIRE) {
                        acquires.add(released(op, id));
                    }
                }
            }
        }
        l = new Local(id, nodes.stream().mapToInt(Integer::intValue).toArray(),
                at.stream().mapToInt(Integer::intValue).toArray(), callees.toArray(String[]::new), Set.copyOf(releases), Set.copyOf(acquires));
        LOCAL.put(fn, l);
        return l;
    }

    private Local local(FunctionId f) {
        Function fn = program.function(f);
        return fn == null ? null : local(f, fn);
    }

    public LockHandOffs(Program program) {
        this.program = program;
    }

    /** Where a caller of {@code f} releases {@code lock}'s class after the call ("storage_write() at storage.c:590"), or null. */
    public synchronized String releasedByCaller(FunctionId f, LockId lock) {
        index();
        for (Site s : sitesByCallee.getOrDefault(f.name(), List.of())) {
            Call c = (Call) s.fn().getNodes().get(s.node()).getEvents().get(s.event());
            FunctionId target = program.resolve(c.getCallee(), s.fn().getFile());
            if (!f.equals(target)) {
                continue;
            }
            String at = releaseAfter(s, lock.canonical(), t -> false);
            if (at != null) {
                return s.caller().name() + "() at " + at;
            }
        }
        return null;
    }

    /**
     * A lock handed to a caller: in function {@code caller}, the call at {@code callLine} to a function that returns
     * with a lock of class {@code lock} on some paths, and the caller's release of that class at {@code releaseLine}.
     */
    public record HandOff(String lock, int callLine, int releaseLine) {
        /** Whether code of the caller at {@code line} lies between the call and the release, in source order. */
        public boolean covers(int line) {
            return line > callLine && line < releaseLine;
        }
    }

    private final Map<FunctionId, List<HandOff>> handOffsIn = new HashMap<>();

    /**
     * The locks handed to {@code caller} by the functions it calls ({@code returnsSome}: the classes a callee returns
     * with on some paths, from its summary), each with the call and the release that bound it; here a release may
     * also be a call to a function that releases the class on some of its paths ({@code releasesSome}: a
     * {@code pause(ALL)} ... {@code pause(RESUME)} pair of one function switching on its argument).
     */
    public synchronized List<HandOff> handOffsIn(FunctionId caller,
            java.util.function.Function<FunctionId, Set<String>> returnsSome,
            java.util.function.Function<FunctionId, Set<String>> releasesSome) {
        List<HandOff> known = handOffsIn.get(caller);
        if (known != null) {
            return known;
        }
        List<HandOff> out = new ArrayList<>();
        Function fn = program.function(caller);
        if (fn != null) {
            for (CfgNode node : fn.getNodes()) {
                List<Event> events = node.getEvents();
                for (int i = 0; i < events.size(); i++) {
                    if (!(events.get(i) instanceof Call c) || c.getCallee() == null) {
                        continue;
                    }
                    FunctionId t = program.resolve(c.getCallee(), fn.getFile());
                    if (t == null) {
                        continue;
                    }
                    for (String cls : returnsSome.apply(t)) {
                        String at = releaseAfter(new Site(caller, fn, node.getId(), i), cls,
                                f -> releasesSome.apply(f).contains(cls));
                        if (at != null) {
                            int line = Integer.parseInt(at.substring(at.lastIndexOf(':') + 1));
                            out.add(new HandOff(cls, c.getLine(), line));
                        }
                    }
                }
            }
        }
        handOffsIn.put(caller, List.copyOf(out));
        return handOffsIn.get(caller);
    }

    private void index() {
        if (sitesByCallee != null) {
            return;
        }
        sitesByCallee = new HashMap<>();
        for (Map.Entry<FunctionId, Function> e : program.functions().entrySet()) {
            Local l = local(e.getKey(), e.getValue());
            for (int i = 0; i < l.callees().length; i++) {
                sitesByCallee.computeIfAbsent(l.callees()[i], k -> new ArrayList<>())
                        .add(new Site(e.getKey(), e.getValue(), l.callNodes()[i], l.callEvents()[i]));
            }
        }
    }

    /**
     * What {@code f} releases as a wrapper: the classes it releases itself when it acquires none; else, when it
     * acquires none, what the first-level wrappers it calls release (assoc_iterate_final -> item_unlock); empty when
     * it is not a wrapper.
     */
    private Set<String> wrapper(FunctionId f) {
        Set<String> known = wrappers.get(f);
        if (known != null) {
            return known;
        }
        Function fn = program.function(f);
        Local l = fn == null ? null : local(f, fn);
        Set<String> out = Set.of();
        if (l != null && l.acquires().isEmpty()) {
            if (!l.releases().isEmpty()) {
                out = l.releases();
            } else {
                Set<String> second = new HashSet<>();
                for (String callee : l.callees()) {
                    FunctionId t = program.resolve(callee, fn.getFile());
                    Local lt = t == null ? null : local(t);
                    if (lt != null && lt.acquires().isEmpty()) {
                        second.addAll(lt.releases());
                    }
                }
                out = Set.copyOf(second);
            }
        }
        wrappers.put(f, out);
        return out;
    }

    private Set<String> acquired(FunctionId f) {
        Local l = local(f);
        return l == null ? Set.of() : l.acquires();
    }

    /** The class a release names, or {@link #ANY} for a lock reached through a pointer it cannot name. */
    private static String released(LockOperation op, FunctionId in) {
        LockKind k = op.getLock().getKind();
        if (k == LockKind.PARAMETER || k == LockKind.LOCAL || k == LockKind.UNKNOWN) {
            return ANY;
        }
        return LockId.of(op.getLock(), in).canonical();
    }

    /**
     * The first release of {@code canonical} reachable from the call at {@code s} without the caller acquiring the
     * class again on the way, as "file:line", or null.
     */
    private String releaseAfter(Site s, String canonical, java.util.function.Predicate<FunctionId> alsoReleases) {
        Function fn = s.fn();
        int n = fn.getNodes().size();
        boolean[] seen = new boolean[n];
        Deque<Integer> work = new ArrayDeque<>();
        Met first = scan(fn, s.caller(), fn.getNodes().get(s.node()), s.event() + 1, canonical, alsoReleases);
        if (first.release() != null || first.acquire()) {
            return first.release();
        }
        work.addAll(fn.getNodes().get(s.node()).getSuccessors());
        while (!work.isEmpty()) {
            int x = work.poll();
            if (x < 0 || x >= n || seen[x]) {
                continue;
            }
            seen[x] = true;
            Met met = scan(fn, s.caller(), fn.getNodes().get(x), 0, canonical, alsoReleases);
            if (met.release() != null) {
                return met.release();
            }
            if (!met.acquire()) {
                work.addAll(fn.getNodes().get(x).getSuccessors());
            }
        }
        return null;
    }

    /** What a path meets first in {@code node} from event {@code from}: a release of the class, a new acquisition. */
    private record Met(String release, boolean acquire) {
        static final Met NOTHING = new Met(null, false);
    }

    private Met scan(Function fn, FunctionId caller, CfgNode node, int from, String canonical,
            java.util.function.Predicate<FunctionId> alsoReleases) {
        List<Event> events = node.getEvents();
        for (int i = from; i < events.size(); i++) {
            Event ev = events.get(i);
            boolean release = false;
            boolean acquire = false;
            if (ev instanceof LockOperation op && op.getLock() != null) {
                String r = released(op, caller);
                boolean same = r.equals(canonical) || r.equals(ANY);
                release = same && op.getOp() == LockOpKind.RELEASE;
                acquire = r.equals(canonical) && (op.getOp() == LockOpKind.ACQUIRE || op.getOp() == LockOpKind.TRY_ACQUIRE);
            } else if (ev instanceof Call c && c.getCallee() != null) {
                FunctionId t = program.resolve(c.getCallee(), fn.getFile());
                Set<String> r = t == null ? Set.of() : wrapper(t);
                release = r.contains(canonical) || r.contains(ANY) || t != null && alsoReleases.test(t);
                acquire = t != null && acquired(t).contains(canonical);
            }
            if (acquire) {
                return new Met(null, true); // the caller takes the lock again itself: a release after it is its own
            }
            if (release) {
                String file = ev.getFile() != null ? ev.getFile() : fn.getFile();
                return new Met(LockId.fileLabel(file) + ":" + ev.getLine(), false);
            }
        }
        return Met.NOTHING;
    }
}
