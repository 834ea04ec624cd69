package org.lockaudit.core.inference;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;
import org.lockaudit.core.program.Program;

/**
 * Accesses made while their object cannot be shared, so they need no lock.
 *
 * <p>Heuristic ({@code BEFORE_PUBLICATION}): a local {@code p} assigned from an allocator call
 * ({@link GuardOptions#allocators()}) is private until it is published, and accesses through {@code p} on every
 * path from the allocation up to the first publication are exempt. Publication is: a publisher call
 * ({@code list_add}-like) whose first argument is a member of {@code p}; a store of {@code p} itself
 * ({@code x->f = p;}, found in the source line of a write); or passing {@code p} to a function that publishes that
 * parameter (computed to a fixpoint over the program) or to a function without a body that is not a known freer.
 * The publishing call's own arguments are not exempt.
 *
 * <p>Heuristic ({@code AFTER_UNPUBLICATION}): after an unpublisher call ({@code list_del}-like) on a member of
 * {@code p}, accesses through {@code p} are exempt when no further unpublication of {@code p} can follow them (the
 * object is off its last list) and a freer or reference put of {@code p} follows.
 *
 * <p>Limits: pointer copies ({@code q = p}) are not followed; an object published through a path the heuristic does
 * not see (a store whose text is not {@code = p;}) stays "private" too long, so exemptions can hide a race in
 * unusual initialisation code. Exempted accesses are listed separately in every report.
 */
public final class Exemptions {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_]\\w*");

    private final Program program;
    private final GuardOptions options;
    private final Map<FunctionId, Set<Integer>> publishedParams = new HashMap<>();
    private final Cache cache;
    /** While {@link #exemptAccesses} runs with a cache: the published parameters it consulted, per callee. */
    private Map<FunctionId, Set<Integer>> consulted;

    private final org.eclipse.core.runtime.IProgressMonitor monitor;

    public Exemptions(Program program, GuardOptions options) {
        this(program, options, (Cache) null, null);
    }

    /** As above, stopping with OperationCanceledException once {@code monitor} is cancelled (hostile: 200 ms). */
    public Exemptions(Program program, GuardOptions options, org.eclipse.core.runtime.IProgressMonitor monitor) {
        this(program, options, (Cache) null, monitor);
    }

    /**
     * With a {@code cache} kept across analyses of one evolving program ({@code AnalysisSession}): what depends only
     * on a function's facts is remembered per facts object, and its exempt accesses as long as the published
     * parameters they consulted are the same. The cache must be cleared when the program's tables change (function
     * identities, globals: what resolves a callee), and used with one {@link GuardOptions}.
     */
    public Exemptions(Program program, GuardOptions options, Cache cache) {
        this(program, options, cache, (org.eclipse.core.runtime.IProgressMonitor) null);
    }

    public Exemptions(Program program, GuardOptions options, Cache cache,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        this.program = program;
        this.options = options;
        this.monitor = monitor;
        this.cache = cache == null ? new Cache() : cache;
        computePublishedParams();
        // entries of facts objects no longer in the program are never read again: dropped once they are a quarter of
        // the cache, not at every analysis (building the live set costs as much as the rest of an edit's exemptions)
        int functions = program.functions().size();
        if (this.cache.descriptors.size() > functions + functions / 4 || this.cache.exempt.size() > functions + functions / 4) {
            Set<Function> live = live(program);
            this.cache.descriptors.keySet().retainAll(live);
            this.cache.exempt.keySet().retainAll(live);
            this.cache.callees.keySet().retainAll(live);
        }
    }

    /** Per facts object (by identity): what {@link Exemptions} can reuse in the next analysis of the program. */
    public static final class Cache {
        private final Map<Function, Publication[]> descriptors = new IdentityHashMap<>();
        private final Map<Function, Exempt> exempt = new IdentityHashMap<>();
        /** Per parameter, the callees its publication depends on, resolved; null: one has no body (published). */
        private final Map<Function, List<List<FunctionId>>> callees = new IdentityHashMap<>();

        /** The functions (in program order) and published parameters of the last fixpoint, null before one. */
        private List<FunctionId> lastIds;
        private List<Function> lastFunctions;
        private Map<FunctionId, Set<Integer>> lastPublished;

        public void clear() {
            descriptors.clear();
            exempt.clear();
            callees.clear();
            lastIds = null;
            lastFunctions = null;
            lastPublished = null;
        }
    }

    /** A function's exempt accesses, with the published parameters of the callees they depended on. */
    private record Exempt(Map<Access, Exemption> accesses, Map<FunctionId, Set<Integer>> consulted) {
    }

    /**
     * Whether a function publishes one of its parameters, split into what its own facts decide ({@code always}: a
     * publisher call on a member, a store of the pointer, a call through a pointer or to a function without a body)
     * and what depends on the callees it is passed to ({@code callee}, argument index), the fixpoint's input.
     */
    private record Publication(boolean always, List<String> callees, List<Integer> indexes) {
    }

    private static Set<Function> live(Program program) {
        Set<Function> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(program.functions().values());
        return out;
    }

    /** Event position in a function. */
    private record Pos(int node, int index) {
    }

    /**
     * Every exempt access of {@code fn}, by identity. With a cache, the same map object as the last time as long as
     * {@code fn} and the published parameters it depended on are the same.
     */
    public Map<Access, Exemption> exemptAccesses(Function fn) {
        Exempt known = cache.exempt.get(fn);
        if (known != null && stillPublished(known.consulted())) {
            return known.accesses();
        }
        consulted = new HashMap<>();
        try {
            Map<Access, Exemption> out = computeExemptAccesses(fn);
            cache.exempt.put(fn, new Exempt(out, consulted));
            return out;
        } finally {
            consulted = null;
        }
    }

    private boolean stillPublished(Map<FunctionId, Set<Integer>> snapshot) {
        for (Map.Entry<FunctionId, Set<Integer>> e : snapshot.entrySet()) {
            if (!e.getValue().equals(publishedParams.getOrDefault(e.getKey(), Set.of()))) {
                return false;
            }
        }
        return true;
    }

    private Map<Access, Exemption> computeExemptAccesses(Function fn) {
        Map<Access, Exemption> out = new IdentityHashMap<>();
        List<CfgNode> nodes = fn.getNodes();
        for (CfgNode n : nodes) {
            for (int i = 0; i < n.getEvents().size(); i++) {
                Event e = n.getEvents().get(i);
                if (!(e instanceof Call c) || c.getResultVariable() == null) {
                    continue;
                }
                if (matches(options.allocators(), c.getCallee()) || matches(options.allocators(), c.getMacro())) {
                    String v = c.getResultVariable();
                    Exemption ex = new Exemption(Exemption.Kind.BEFORE_PUBLICATION, v, file(fn, c), c.getLine());
                    for (Access a : forward(fn, new Pos(n.getId(), i + 1), v, false).accesses()) {
                        out.putIfAbsent(a, ex);
                    }
                }
            }
        }
        for (CfgNode n : nodes) {
            for (int i = 0; i < n.getEvents().size(); i++) {
                Event e = n.getEvents().get(i);
                if (!(e instanceof Call c) || !matches(options.unpublishers(), c.getCallee()) || c.getArguments().isEmpty()) {
                    continue;
                }
                String v = root(c.getArguments().get(0));
                if (v == null || !memberOf(c.getArguments().get(0), v)) {
                    continue;
                }
                Region r = forward(fn, new Pos(n.getId(), i + 1), v, true);
                if (!r.freed()) {
                    continue;
                }
                Exemption ex = new Exemption(Exemption.Kind.AFTER_UNPUBLICATION, v, file(fn, c), c.getLine());
                for (Map.Entry<Access, Pos> a : r.positions().entrySet()) {
                    if (!forward(fn, a.getValue(), v, true).unpublishedAgain()) {
                        out.putIfAbsent(a.getKey(), ex);
                    }
                }
            }
        }
        return out;
    }

    private record Region(Set<Access> accesses, Map<Access, Pos> positions, boolean freed, boolean unpublishedAgain) {
    }

    /**
     * Walks forward from {@code start} until {@code v} is published (or reassigned, or freed when
     * {@code afterUnlink}), collecting accesses through {@code v}.
     */
    private Region forward(Function fn, Pos start, String v, boolean afterUnlink) {
        Set<Access> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Access, Pos> positions = new IdentityHashMap<>();
        Set<Pos> seen = new HashSet<>();
        ArrayDeque<Pos> work = new ArrayDeque<>();
        work.add(start);
        boolean freed = false;
        boolean unlinkedAgain = false;
        while (!work.isEmpty()) {
            Pos p = work.poll();
            if (!seen.add(p) || p.node() < 0 || p.node() >= fn.getNodes().size()) {
                continue;
            }
            CfgNode n = fn.getNodes().get(p.node());
            List<Event> events = n.getEvents();
            boolean stopped = false;
            for (int i = p.index(); i < events.size() && !stopped; i++) {
                Event e = events.get(i);
                if (e instanceof Access a && rootedAt(a.getBase(), v)) {
                    if (!publicationArgument(events, i, v)) {
                        found.add(a);
                        positions.put(a, new Pos(p.node(), i));
                    }
                } else if (e instanceof Call c) {
                    if (v.equals(c.getResultVariable())) {
                        stopped = true;
                    } else if (afterUnlink && frees(c, v)) {
                        freed = true;
                        stopped = true;
                    } else if (afterUnlink && matches(options.unpublishers(), c.getCallee()) && !c.getArguments().isEmpty()
                            && memberOf(c.getArguments().get(0), v)) {
                        unlinkedAgain = true;
                        stopped = true;
                    } else if (publishes(fn, c, v)) {
                        stopped = true;
                    }
                }
                if (e instanceof Access a && a.getKind() == AccessKind.WRITE && !rootedAt(a.getBase(), v)
                        && storesVariable(fn, a, v)) {
                    stopped = true;
                }
            }
            if (!stopped) {
                for (int s : n.getSuccessors()) {
                    work.add(new Pos(s, 0));
                }
            }
        }
        return new Region(found, positions, freed, unlinkedAgain);
    }

    /** The access at {@code i} is an argument of a publishing call later on the same line of the same node. */
    private boolean publicationArgument(List<Event> events, int i, String v) {
        int line = events.get(i).getLine();
        for (int j = i + 1; j < events.size() && events.get(j).getLine() == line; j++) {
            if (events.get(j) instanceof Call c && matches(options.publishers(), c.getCallee())) {
                return true;
            }
        }
        return false;
    }

    private boolean frees(Call c, String v) {
        if (c.getArguments().isEmpty() || !v.equals(LockId.normaliseBase(c.getArguments().get(0)))) {
            return false;
        }
        return matches(options.freers(), c.getCallee()) || matches(options.refPuts(), c.getCallee());
    }

    /** Whether call {@code c} in {@code fn} makes the object {@code v} points to reachable by others. */
    private boolean publishes(Function fn, Call c, String v) {
        List<String> args = c.getArguments();
        if (matches(options.publishers(), c.getCallee())) {
            return !args.isEmpty() && memberOf(args.get(0), v);
        }
        for (int k = 0; k < args.size(); k++) {
            if (!v.equals(LockId.normaliseBase(args.get(k))) || args.get(k).trim().startsWith("&")) {
                continue;
            }
            if (c.getCallee() == null) {
                return true;
            }
            if (matches(options.freers(), c.getCallee()) || matches(options.atomics(), c.getCallee())
                    || matches(options.refGets(), c.getCallee()) || matches(options.refPuts(), c.getCallee())) {
                continue;
            }
            FunctionId target = program.resolve(c.getCallee(), fn.getFile());
            if (target != null && consulted != null) {
                consulted.put(target, Set.copyOf(publishedParams.getOrDefault(target, Set.of())));
            }
            if (target == null || publishedParams.getOrDefault(target, Set.of()).contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** {@code x->f = v;} or {@code g = v;}: the write stores the pointer {@code v} itself (a fact of the AST). */
    private boolean storesVariable(Function fn, Access a, String v) {
        return v.equals(a.getStoredVariable());
    }

    /**
     * Parameters a function publishes, to a fixpoint over the program (at most 20 rounds in function order, each
     * round seeing what the earlier functions of the round found). Each parameter's test is split once into what the
     * function's own facts decide and the callees it depends on ({@link Publication}), so a round only looks up
     * those callees' published parameters.
     */
    private void computePublishedParams() {
        if (sameFixpointInputs()) {
            // the same items in the same order: the fixpoint (its rounds bounded, so order-dependent) again gives
            // the last one's sets, which nothing changes once computed
            publishedParams.putAll(cache.lastPublished);
            return;
        }
        // one item per parameter, in function and parameter order, with its callees resolved once: a round
        // evaluates the items still unpublished in that order, as a round over the functions would
        List<Item> items = new java.util.ArrayList<>();
        for (Map.Entry<FunctionId, Function> e : program.functions().entrySet()) {
            Function fn = e.getValue();
            Set<Integer> set = publishedParams.computeIfAbsent(e.getKey(), k -> new HashSet<>());
            Publication[] pubs = null;
            List<List<FunctionId>> resolved = null;
            for (int k = 0; k < fn.getParameters().size(); k++) {
                if (fn.getParameters().get(k) == null) {
                    continue;
                }
                if (pubs == null) {
                    pubs = cache.descriptors.computeIfAbsent(fn, this::publications);
                    resolved = cache.callees.computeIfAbsent(fn, f -> resolvedCallees(f, cache.descriptors.get(f)));
                }
                Publication pub = pubs[k];
                List<FunctionId> callees = resolved.get(k);
                List<Set<Integer>> targets = new java.util.ArrayList<>(callees == null ? 0 : callees.size());
                for (FunctionId target : callees == null ? List.<FunctionId>of() : callees) {
                    targets.add(publishedParams.computeIfAbsent(target, x -> new HashSet<>()));
                }
                items.add(new Item(set, k, pub.always() || callees == null, targets, pub.indexes()));
            }
        }
        boolean changed = true;
        for (int round = 0; changed && round < 20; round++) {
            changed = false;
            if (monitor != null && monitor.isCanceled()) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
            for (Item it : items) {
                if (!it.set().contains(it.k()) && it.published()) {
                    it.set().add(it.k());
                    changed = true;
                }
            }
        }
        cache.lastIds = List.copyOf(program.functions().keySet());
        cache.lastFunctions = List.copyOf(program.functions().values());
        cache.lastPublished = java.util.Collections.unmodifiableMap(new HashMap<>(publishedParams));
    }

    /**
     * Whether the fixpoint's items are those of the last one the cache saw: the same functions in the same order,
     * each the same facts object or one whose publications and resolved callees are equal (an edit that changed
     * none of a function's parameter uses), with the program's tables the same (the cache's contract). Then an
     * update skips the whole program's fixpoint (perf).
     */
    private boolean sameFixpointInputs() {
        if (cache.lastPublished == null || cache.lastIds.size() != program.functions().size()) {
            return false;
        }
        int i = 0;
        for (Map.Entry<FunctionId, Function> e : program.functions().entrySet()) {
            Function was = cache.lastFunctions.get(i);
            if (!e.getKey().equals(cache.lastIds.get(i++))) {
                return false;
            }
            Function fn = e.getValue();
            if (fn == was) {
                continue;
            }
            Publication[] now = cache.descriptors.computeIfAbsent(fn, this::publications);
            Publication[] before = cache.descriptors.computeIfAbsent(was, this::publications);
            if (!java.util.Arrays.equals(now, before)
                    || !cache.callees.computeIfAbsent(fn, f -> resolvedCallees(f, now))
                            .equals(cache.callees.computeIfAbsent(was, f -> resolvedCallees(f, before)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per parameter of {@code fn}: the callees its publication depends on, resolved (as the program's tables do, so
     * valid as long as the cache is); null for a parameter published whatever the callees do (always, or passed to
     * a function without a body), and for a missing parameter name.
     */
    private List<List<FunctionId>> resolvedCallees(Function fn, Publication[] pubs) {
        List<List<FunctionId>> out = new java.util.ArrayList<>(pubs.length);
        for (Publication pub : pubs) {
            List<FunctionId> targets = null;
            if (pub != null && !pub.always()) {
                targets = new java.util.ArrayList<>(pub.callees().size());
                for (String callee : pub.callees()) {
                    FunctionId target = program.resolve(callee, fn.getFile());
                    if (target == null) {
                        targets = null;
                        break;
                    }
                    targets.add(target);
                }
            }
            out.add(targets);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** One parameter in the fixpoint: its function's published set, and the callees' sets its publication depends on. */
    private record Item(Set<Integer> set, int k, boolean always, List<Set<Integer>> targets, List<Integer> indexes) {
        boolean published() {
            if (always) {
                return true;
            }
            for (int i = 0; i < targets.size(); i++) {
                if (targets.get(i).contains(indexes.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    private Publication[] publications(Function fn) {
        Publication[] out = new Publication[fn.getParameters().size()];
        for (int k = 0; k < out.length; k++) {
            String p = fn.getParameters().get(k);
            if (p != null) {
                out[k] = publication(fn, p);
            }
        }
        return out;
    }

    /** {@link #publishes} and the stores of every event of {@code fn}, for parameter {@code v}. */
    private Publication publication(Function fn, String v) {
        List<String> callees = new java.util.ArrayList<>();
        List<Integer> indexes = new java.util.ArrayList<>();
        for (CfgNode n : fn.getNodes()) {
            for (Event ev : n.getEvents()) {
                if (ev instanceof Call c) {
                    List<String> args = c.getArguments();
                    if (matches(options.publishers(), c.getCallee())) {
                        if (!args.isEmpty() && memberOf(args.get(0), v)) {
                            return new Publication(true, List.of(), List.of());
                        }
                    } else {
                        for (int k = 0; k < args.size(); k++) {
                            if (!v.equals(LockId.normaliseBase(args.get(k))) || args.get(k).trim().startsWith("&")) {
                                continue;
                            }
                            if (c.getCallee() == null) {
                                return new Publication(true, List.of(), List.of());
                            }
                            if (matches(options.freers(), c.getCallee()) || matches(options.atomics(), c.getCallee())
                                    || matches(options.refGets(), c.getCallee())
                                    || matches(options.refPuts(), c.getCallee())) {
                                continue;
                            }
                            callees.add(c.getCallee());
                            indexes.add(k);
                        }
                    }
                }
                if (ev instanceof Access a && a.getKind() == AccessKind.WRITE && !rootedAt(a.getBase(), v)
                        && storesVariable(fn, a, v)) {
                    return new Publication(true, List.of(), List.of());
                }
            }
        }
        return new Publication(false, List.copyOf(callees), List.copyOf(indexes));
    }

    static boolean rootedAt(String base, String v) {
        if (base == null) {
            return false;
        }
        String b = LockId.normaliseBase(base);
        return b.equals(v) || b.startsWith(v + "->") || b.startsWith(v + ".") || b.startsWith(v + "[");
    }

    /** {@code &p->f} / {@code &p->a.b}: the address of a member of the object {@code v} points to. */
    static boolean memberOf(String arg, String v) {
        String a = LockId.withoutBlanks(arg);
        return a.startsWith("&" + v + "->") || a.startsWith("&(" + v + ")->") || a.startsWith(v + "->");
    }

    private static String root(String arg) {
        String a = LockId.withoutBlanks(arg);
        while (a.startsWith("&") || a.startsWith("(")) {
            a = a.substring(1);
        }
        java.util.regex.Matcher m = IDENT.matcher(a);
        return m.lookingAt() ? m.group() : null;
    }

    static boolean matches(Pattern p, String name) {
        return name != null && p.matcher(name).matches();
    }

    private static String file(Function fn, Event e) {
        return e.getFile() != null ? e.getFile() : fn.getFile();
    }
}
