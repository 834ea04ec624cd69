package org.lockaudit.core.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lockaudit.core.dataflow.CallDescent;
import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.InstanceOrder;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;
import org.lockaudit.core.program.Program;

/**
 * {@code lock-order-inversion}: a cycle in the lock-order graph, per lock class (lockdep's view) and per pair of
 * objects of one class (instance-aware order).
 *
 * <p><b>Class graph.</b> An edge A → B is recorded when B is taken (directly or inside a callee, not by a try-lock,
 * which cannot block) while A is held on every path, by this function or asserted; locks held only because every
 * caller holds them are left to the callers, whose call sites add the same edge through the callee's summary. Each
 * edge keeps one witness path, and only a witness {@link WitnessPath#feasible feasible} by its branch facts: a path
 * that needs one stable condition both true and false in one function adds no edge. An edge whose only witnesses
 * go through an indirect call resolved to many bodies not all taking the lock, or into a function that never
 * returns ({@code panic()}), is weak ({@link WitnessPath#weakThrough}):
 * a later strong witness replaces it, and a weak edge never closes a cycle (rule and limit below).
 *
 * <p><b>Report.</b> One finding per strongly connected set of lock classes (every class in it reaches every other):
 * its message is the set's shortest cycle, its evidence a witness for each edge of that cycle and then for the set's
 * other edges (up to {@link #MAX_EDGES_SHOWN}), the edges of the functions whose witnesses close the most cycles
 * first ({@link #keyFunctions}). Cycles that differ only by one more lock (A→B→A, A→C→B→A) are one finding; the
 * finding goes away when the set has no cycle left. Limit: two unrelated inversions that share a lock
 * class are one finding, whose headline names only the shortest cycle.
 *
 * <p><b>Fan-out rule.</b> A weak edge (through {@code ops->fn()} resolved to {@value WitnessPath#MANY_CANDIDATES} or
 * more bodies, some of which do not take the lock) is left out of the graph: it closes a cycle only once a direct
 * call or a call every candidate of which takes the lock witnesses the same edge. Limit: a real inversion through a
 * wide ops table is missed unless the reached implementation is also called directly somewhere under the first
 * lock. A witness inside a function that never returns is weak by the same rule: it closes a cycle only once the edge
 * is also witnessed on a path that goes on.
 *
 * <p><b>Instances.</b> Locks are otherwise compared by canonical id ({@code owner.field} for members), so nesting two
 * instances of one type ({@code a->m} then {@code b->m}) is no class edge. It is kept per object instead: the held
 * and taken instance named in the caller's terms (a callee's nesting reaches its callers through its summary, with
 * the arguments in place of its parameters). An object is a base rooted at a global ({@code acct_x}) anywhere in the
 * program, else a base inside one function. Two opposite orders of the same two objects are reported when they come
 * from two different places: two call sites ({@code transfer(x, y)}, {@code transfer(y, x)}) or two functions.
 * Heuristic and its limits: a place (one function body, or one call site) that takes the pair in both orders is
 * taken to choose the order by a runtime test ({@code if (a < b)}) and is no evidence either way; bases are compared as text (aliases are two
 * objects, a reassigned local is one); only cycles of two objects are looked for.
 */
public final class LockOrderChecker implements Checker {
    private record Witness(FunctionId fn, String from, String to, Step at, List<Step> path, CallDescent fanOut) {
        boolean weak() {
            return fanOut != null;
        }
    }

    /** {@code from} held when {@code to} is taken, in {@code fn}, at {@code site} (a function or one call in it). */
    private record InstanceWitness(FunctionId fn, String site, LockId from, LockId to, Step at, List<Step> path) {
    }

    /** Findings per run at most, so one tangled subsystem cannot flood the report. */
    static final int MAX_CYCLES = 50;
    /** Edges with a witness shown per finding (the cycle's own edges always are). */
    static final int MAX_EDGES_SHOWN = 12;
    /** Places kept per ordered pair of objects (enough to find two different ones). */
    private static final int MAX_SITES = 4;

    private final FindingSink sink;
    private final Program program;
    private final Map<String, Map<String, Witness>> edges = new TreeMap<>();

    /** Each lock class as findings name it: its canonical id ({@code irq.c#desc_lock}, {@code domain.page_lock}). */
    private final Map<String, String> shown = new TreeMap<>();

    /** Lock class → held object → taken object → site → witness. */
    private final Map<String, Map<String, Map<String, Map<String, InstanceWitness>>>> instances = new TreeMap<>();

    /** What the last finish concluded per strongly connected set of classes ({@link FinishMemo}); may be null. */
    FinishMemo memo;

    public LockOrderChecker(FindingSink sink) {
        this(sink, null);
    }

    /** With {@code program}, member locks reached from a global are the same object in every function. */
    public LockOrderChecker(FindingSink sink, Program program) {
        this.sink = sink;
        this.program = program;
    }

    /**
     * RCU's read side (the presets' pseudo-lock {@code rcu}) never waits for anyone, so it closes no deadlock cycle:
     * it is neither a node nor an edge of the lock-order graph.
     */
    private static boolean neverWaits(LockId lock) {
        return lock.rcuReadSide();
    }

    @Override
    public FindingKind kind() {
        return FindingKind.LOCK_ORDER_INVERSION;
    }

    @Override
    public void acquire(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, boolean tryLock,
            Step at, FunctionId via, List<Step> calleePath) {
        if (tryLock || !lock.orderable() || neverWaits(lock)) {
            return;
        }
        List<Step> path = null;
        Boolean feasible = null;
        for (HeldLock h : before.must()) {
            if (InstanceOrder.sameClassOtherInstance(h, lock)) {
                path = path != null ? path : Paths.to(before.trail(), at, calleePath);
                feasible = feasible != null ? feasible : WitnessPath.feasible(path);
                if (feasible) {
                    instance(fn, h.lock(), lock, at, via, path);
                }
                continue;
            }
            if (!h.lock().orderable() || neverWaits(h.lock()) || h.entry() == HeldLock.EntryHold.CONTEXT && !h.own()
                    || h.lock().orderClass().equals(lock.orderClass())) {
                continue;
            }
            String from = h.lock().orderClass();
            String to = lock.orderClass();
            Witness prior = edges.getOrDefault(from, Map.of()).get(to);
            if (prior != null && !prior.weak()) {
                continue;
            }
            path = path != null ? path : Paths.to(before.trail(), at, calleePath);
            feasible = feasible != null ? feasible : WitnessPath.feasible(path);
            if (!feasible) {
                continue;
            }
            CallDescent fan = WitnessPath.weakThrough(path, to);
            if (prior != null && fan != null) {
                continue;
            }
            shown.putIfAbsent(from, h.lock().canonical());
            shown.putIfAbsent(to, lock.canonical());
            edges.computeIfAbsent(from, k -> new TreeMap<>()).put(to,
                    new Witness(fn, h.lock().display(), lock.display(), at, path, fan));
        }
    }

    private void instance(FunctionId fn, LockId from, LockId to, Step at, FunctionId via, List<Step> path) {
        String site = via == null ? fn.toString() : fn + "@" + at.location() + ">" + via;
        Map<String, InstanceWitness> sites = instances.computeIfAbsent(from.orderClass(), k -> new TreeMap<>())
                .computeIfAbsent(object(fn, from), k -> new TreeMap<>())
                .computeIfAbsent(object(fn, to), k -> new LinkedHashMap<>());
        if (sites.size() < MAX_SITES) {
            sites.putIfAbsent(site, new InstanceWitness(fn, site, from, to, at, path));
        }
    }

    /** The object a member lock belongs to: its base, program-wide when rooted at a global, else per function. */
    private String object(FunctionId fn, LockId lock) {
        String base = lock.base();
        int end = 0;
        while (end < base.length() && (Character.isLetterOrDigit(base.charAt(end)) || base.charAt(end) == '_')) {
            end++;
        }
        if (program != null && end > 0) {
            Function f = program.function(fn);
            if (program.global(base.substring(0, end), f != null ? f.getFile() : null) != null) {
                return base;
            }
        }
        return fn + ":" + base;
    }

    @Override
    public boolean wholeProgram() {
        return true;
    }

    @Override
    public boolean collectedNothing() {
        return edges.isEmpty() && instances.isEmpty();
    }

    /** Every edge of {@code later} this graph lacks or has only weakly, with {@code later}'s witness. */
    @Override
    public void absorb(Checker later) {
        LockOrderChecker o = (LockOrderChecker) later;
        o.shown.forEach(shown::putIfAbsent);
        o.edges.forEach((from, to) -> {
            Map<String, Witness> mine = edges.computeIfAbsent(from, k -> new TreeMap<>());
            to.forEach((k, w) -> {
                Witness prior = mine.get(k);
                if (prior == null || prior.weak() && !w.weak()) {
                    mine.put(k, w);
                }
            });
        });
        o.instances.forEach((cls, froms) -> froms.forEach((from, tos) -> tos.forEach((to, sites) -> {
            Map<String, InstanceWitness> mine = instances.computeIfAbsent(cls, k -> new TreeMap<>())
                    .computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new LinkedHashMap<>());
            sites.forEach((s, w) -> {
                if (mine.size() < MAX_SITES) {
                    mine.putIfAbsent(s, w);
                }
            });
        })));
    }

    @Override
    public void finish() {
        int reported = 0;
        Map<String, Set<String>> graph = new TreeMap<>();
        edges.forEach((from, tos) -> tos.forEach((to, w) -> {
            if (!w.weak()) {
                graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
            }
        }));
        Map<List<String>, FinishMemo.Part> last = memo == null ? null : memo.components;
        Map<List<String>, FinishMemo.Part> next = memo == null ? null : new HashMap<>();
        try {
            for (List<String> component : components(graph)) {
                if (reported >= MAX_CYCLES) {
                    return;
                }
                if (component.size() > 1) {
                    if (memo == null) {
                        reportComponent(component, graph, sink);
                    } else {
                        remembered(component, graph, last, next);
                    }
                    reported++;
                }
            }
            reported += reportInstances(MAX_CYCLES - reported);
        } finally {
            if (memo != null) {
                memo.components = next;
            }
        }
    }

    /**
     * {@link #reportComponent} from the memo when the set's edges have the same witnesses (the same objects) and its
     * classes are shown the same: the finding depends on nothing else.
     */
    private void remembered(List<String> component, Map<String, Set<String>> graph,
            Map<List<String>, FinishMemo.Part> last, Map<List<String>, FinishMemo.Part> next) {
        Set<String> in = new TreeSet<>(component);
        List<Object> inputs = new ArrayList<>();
        for (String a : in) {
            inputs.add(a);
            inputs.add(shown.get(a));
            for (String b : graph.getOrDefault(a, Set.of())) {
                if (in.contains(b)) {
                    inputs.add(b);
                    inputs.add(edges.get(a).get(b));
                }
            }
        }
        FinishMemo.Part known = last.get(component);
        if (known != null && known.sameInputs(inputs)) {
            known.findings().forEach(sink::report);
            next.put(component, known);
            memo.counted(true);
            return;
        }
        List<Finding> out = new ArrayList<>();
        reportComponent(component, graph, out::add);
        out.forEach(sink::report);
        next.put(component, new FinishMemo.Part(inputs, List.copyOf(out)));
        memo.counted(false);
    }

    private void reportComponent(List<String> component, Map<String, Set<String>> graph, FindingSink sink) {
        Set<String> in = new TreeSet<>(component);
        List<String> cycle = shortestCycle(in, graph);
        List<EvidencePath> paths = new ArrayList<>();
        StringBuilder msg = new StringBuilder("lock order inversion: ");
        Witness first = null;
        Set<String> covered = new java.util.HashSet<>();
        for (int i = 0; i < cycle.size(); i++) {
            String a = cycle.get(i);
            String b = cycle.get((i + 1) % cycle.size());
            Witness w = edges.get(a).get(b);
            first = first == null ? w : first;
            covered.add(a + "\u0000" + b);
            msg.append(i > 0 ? "; " : "").append(w.to()).append(" taken while holding ").append(w.from())
                    .append(" in ").append(w.fn().name()).append("()");
            paths.add(evidence(w));
        }
        List<String[]> others = new ArrayList<>();
        for (String a : in) {
            for (String b : graph.getOrDefault(a, Set.of())) {
                if (in.contains(b) && !covered.contains(a + "\u0000" + b)) {
                    others.add(new String[] {a, b});
                }
            }
        }
        if (!others.isEmpty()) {
            int pairs = 0;
            for (String a : in) {
                for (String b : graph.getOrDefault(a, Set.of())) {
                    pairs += a.compareTo(b) < 0 && in.contains(b) && graph.getOrDefault(b, Set.of()).contains(a) ? 1 : 0;
                }
            }
            List<Map.Entry<String, Integer>> key = keyFunctions(in, graph);
            msg.append(" (").append(in.size()).append(" lock classes order each other in cycles through ")
                    .append(others.size() + cycle.size()).append(" edges, ").append(pairs)
                    .append(pairs == 1 ? " pair" : " pairs").append(" taken in both orders");
            if (!key.isEmpty()) {
                msg.append("; the functions whose witnesses close the most cycles: ");
                for (int i = 0; i < key.size(); i++) {
                    msg.append(i > 0 ? ", " : "").append(key.get(i).getKey()).append("() (without them ")
                            .append(key.get(i).getValue()).append(" classes stay in cycles)");
                }
            }
            msg.append(')');
            // the key functions' edges first, then the others in class order, up to the cap
            List<String[]> ordered = new ArrayList<>();
            for (Map.Entry<String, Integer> k : key) {
                for (String[] e : others) {
                    if (edges.get(e[0]).get(e[1]).fn().name().equals(k.getKey())) {
                        ordered.add(e);
                    }
                }
            }
            ordered.addAll(others);
            for (String[] e : ordered) {
                if (covered.add(e[0] + "\u0000" + e[1]) && paths.size() < Math.max(MAX_EDGES_SHOWN, cycle.size())) {
                    paths.add(evidence(edges.get(e[0]).get(e[1])));
                }
            }
        }
        Set<String> locks = new LinkedHashSet<>();
        for (String c : cycle) {
            locks.add(shown.getOrDefault(c, c));
        }
        for (String c : in) {
            locks.add(shown.getOrDefault(c, c));
        }
        sink.report(new Finding(kind(), first.at().file(), first.at().line(), first.fn().name(), List.copyOf(locks),
                msg.toString(), paths, null));
    }

    /** Functions named as the ones whose witnesses close the most cycles of a strongly connected set. */
    static final int KEY_FUNCTIONS = 3;

    /**
     * The functions whose witness edges, all left out together, leave the fewest classes of strongly connected set
     * {@code in} in any cycle (at most {@link #KEY_FUNCTIONS}, only those that leave fewer than all), each with that
     * number: where a maintainer would look first, as one function's nesting (a dump routine that prints under a
     * lock while walking other subsystems) often closes most cycles. Heuristic and its limit: one function at a
     * time, by the function each edge's kept witness happens to be in; an edge also taken elsewhere is credited to
     * its first witness only.
     */
    private List<Map.Entry<String, Integer>> keyFunctions(Set<String> in, Map<String, Set<String>> graph) {
        Set<String> functions = new TreeSet<>();
        for (String a : in) {
            for (String b : graph.getOrDefault(a, Set.of())) {
                if (in.contains(b)) {
                    functions.add(edges.get(a).get(b).fn().name());
                }
            }
        }
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        for (String fn : functions) {
            Map<String, Set<String>> without = new TreeMap<>();
            for (String x : in) {
                Set<String> next = new TreeSet<>();
                for (String y : graph.getOrDefault(x, Set.of())) {
                    if (in.contains(y) && !edges.get(x).get(y).fn().name().equals(fn)) {
                        next.add(y);
                    }
                }
                without.put(x, next);
            }
            int left = 0;
            for (List<String> c : components(without)) {
                left += c.size() > 1 ? c.size() : 0;
            }
            if (left < in.size()) {
                all.add(Map.entry(fn, left));
            }
        }
        all.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        return all.size() > KEY_FUNCTIONS ? List.copyOf(all.subList(0, KEY_FUNCTIONS)) : all;
    }

    private static EvidencePath evidence(Witness w) {
        return EvidencePath.of(w.from() + " then " + w.to() + " in " + w.fn().name() + "()", w.path());
    }

    /** The shortest cycle inside {@code in} (ties: the one through the first class in order). */
    private static List<String> shortestCycle(Set<String> in, Map<String, Set<String>> graph) {
        List<String> best = null;
        for (String start : in) {
            Map<String, String> parent = new HashMap<>();
            ArrayDeque<String> queue = new ArrayDeque<>();
            queue.add(start);
            parent.put(start, null);
            String last = null;
            while (!queue.isEmpty() && last == null) {
                String n = queue.poll();
                for (String next : graph.getOrDefault(n, Set.of())) {
                    if (!in.contains(next)) {
                        continue;
                    }
                    if (next.equals(start)) {
                        last = n;
                        break;
                    }
                    if (!parent.containsKey(next)) {
                        parent.put(next, n);
                        queue.add(next);
                    }
                }
            }
            if (last == null) {
                continue;
            }
            List<String> cycle = new ArrayList<>();
            for (String n = last; n != null; n = parent.get(n)) {
                cycle.add(0, n);
            }
            if (best == null || cycle.size() < best.size()) {
                best = cycle;
            }
        }
        return best;
    }

    /** Strongly connected components, each sorted, in the order of their first class. */
    private static List<List<String>> components(Map<String, Set<String>> graph) {
        Set<String> nodes = new TreeSet<>(graph.keySet());
        graph.values().forEach(nodes::addAll);
        List<List<String>> out = new ArrayList<>(org.lockaudit.core.program.StronglyConnected.of(nodes,
                n -> new ArrayList<>(graph.getOrDefault(n, Set.of()))));
        out.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return out;
    }

    /** Two objects of one class ordered both ways from two different places; at most {@code budget} findings. */
    private int reportInstances(int budget) {
        int reported = 0;
        for (Map.Entry<String, Map<String, Map<String, Map<String, InstanceWitness>>>> cls : instances.entrySet()) {
            Map<String, Map<String, Map<String, InstanceWitness>>> g = cls.getValue();
            for (Map.Entry<String, Map<String, Map<String, InstanceWitness>>> fromE : g.entrySet()) {
                for (Map.Entry<String, Map<String, InstanceWitness>> toE : fromE.getValue().entrySet()) {
                    String x = fromE.getKey();
                    String y = toE.getKey();
                    Map<String, InstanceWitness> back = g.getOrDefault(y, Map.of()).get(x);
                    if (x.compareTo(y) >= 0 || back == null) {
                        continue;
                    }
                    InstanceWitness[] pair = differentPlaces(toE.getValue(), back);
                    if (pair == null) {
                        continue;
                    }
                    if (reported >= budget) {
                        return reported;
                    }
                    reportInstancePair(pair[0], pair[1]);
                    reported++;
                }
            }
        }
        return reported;
    }

    /**
     * One witness each way from places that order the pair only one way; null when there are none. A place that
     * takes the two objects in both orders (a call of {@code transfer_ordered(x, y)} whose body sorts them by
     * address, or such a body itself) orders them by a runtime test and is not evidence of an inversion.
     */
    private static InstanceWitness[] differentPlaces(Map<String, InstanceWitness> xy, Map<String, InstanceWitness> yx) {
        for (InstanceWitness a : xy.values()) {
            if (yx.containsKey(a.site())) {
                continue;
            }
            for (InstanceWitness b : yx.values()) {
                if (!xy.containsKey(b.site())) {
                    return new InstanceWitness[] {a, b};
                }
            }
        }
        return null;
    }

    private void reportInstancePair(InstanceWitness a, InstanceWitness b) {
        String msg = "lock order inversion between two " + a.to().canonical() + " instances: " + a.to().display()
                + " taken while holding " + a.from().display() + " in " + a.fn().name() + "()"
                + (a.at().fact() instanceof CallDescent d ? " (inside " + d.callee() + "())" : "") + "; "
                + b.to().display() + " taken while holding " + b.from().display() + " in " + b.fn().name() + "()"
                + (b.at().fact() instanceof CallDescent d ? " (inside " + d.callee() + "())" : "");
        List<EvidencePath> paths = List.of(
                EvidencePath.of(a.from().display() + " then " + a.to().display() + " in " + a.fn().name() + "()",
                        a.path()),
                EvidencePath.of(b.from().display() + " then " + b.to().display() + " in " + b.fn().name() + "()",
                        b.path()));
        sink.report(new Finding(kind(), a.at().file(), a.at().line(), a.fn().name(),
                List.of(a.from().display(), a.to().display()), msg, paths, null));
    }
}
