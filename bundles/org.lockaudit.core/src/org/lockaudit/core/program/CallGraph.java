package org.lockaudit.core.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;

/**
 * Who calls whom. A direct call reaches the definition its name resolves to; an indirect call through a struct
 * member {@code owner.field} reaches every function bound to that field anywhere in the program (ops tables built
 * with designated initialisers or assignments). Heuristic and its limit: calls through plain function-pointer
 * variables, and ops fields never bound by name in the analysed files, have no candidates.
 */
public final class CallGraph {
    private final Program program;
    // hashed, not sorted: looked up for every call the dataflow meets (perf); iteration goes by program order
    private final Map<FunctionId, List<CallSite>> sitesIn = new HashMap<>();
    private final Map<FunctionId, List<CallSite>> callersOf = new HashMap<>();
    /**
     * Function → the functions its call sites reach, sorted, as Tarjan's algorithm walks them; shared with the next
     * graph for the functions whose call sites it takes over (an edit's graph sorts only the changed functions'
     * callees again, not every function's: perf).
     */
    private final Map<FunctionId, List<FunctionId>> successorLists = new HashMap<>();
    /** Function → whether one of its calls is declared noreturn ({@link NoReturns}' seeds); shared as above. */
    private final Map<FunctionId, Boolean> declaredNoReturnCall = new HashMap<>();
    private List<List<FunctionId>> bottomUp;
    /** Function → index of its component in {@link #bottomUp}; computed once, shared with the next graph. */
    private Map<FunctionId, Integer> componentIndex;

    public CallGraph(Program program) {
        this(program, null);
    }

    /**
     * As {@link #CallGraph(Program)}, taking the call sites of a function from {@code previous} when it has the
     * very same facts object there. Only valid when the program's resolution tables (functions, ops bindings) are
     * the same as {@code previous}'s (AnalysisSession checks that). With the same functions, {@code previous}'s
     * tables are patched where facts changed instead of built again ({@link #patched}).
     */
    public CallGraph(Program program, CallGraph previous) {
        this.program = program;
        if (previous != null && previous.sitesIn.size() == program.functions().size() && patched(previous)) {
            return;
        }
        sitesIn.clear();
        callersOf.clear();
        successorLists.clear();
        declaredNoReturnCall.clear();
        for (Map.Entry<FunctionId, Function> e : program.functions().entrySet()) {
            Function fn = e.getValue();
            boolean same = previous != null && previous.program.function(e.getKey()) == fn;
            List<CallSite> sites = same ? previous.callSitesIn(e.getKey()) : sitesOf(e.getKey(), fn);
            List<FunctionId> known = same ? previous.successorLists.get(e.getKey()) : null;
            if (known != null) {
                successorLists.put(e.getKey(), known);
            }
            Boolean seed = same ? previous.declaredNoReturnCall.get(e.getKey()) : null;
            if (seed != null) {
                declaredNoReturnCall.put(e.getKey(), seed);
            }
            for (CallSite site : sites) {
                for (FunctionId c : site.candidates()) {
                    callersOf.computeIfAbsent(c, k -> new ArrayList<>()).add(site);
                }
            }
            sitesIn.put(e.getKey(), sites);
        }
        bottomUp = stronglyConnectedComponents();
    }

    /**
     * The tables of {@code previous} (same functions), shared (never modified once built) and patched where facts
     * changed: those functions' call sites, and the caller lists of every function they called or call now
     * (in caller order, each caller's sites in order, as a full build lists them). When every changed function
     * calls the same set of functions as before, the graph's edges are the same and so are its components: they
     * are shared too (Tarjan's algorithm is not run again); when the edges changed and the components computed
     * again are equal to the previous ones, the previous list is shared all the same. False, tables half-built,
     * when a function is not in {@code previous}.
     */
    private boolean patched(CallGraph previous) {
        sitesIn.putAll(previous.sitesIn);
        callersOf.putAll(previous.callersOf);
        successorLists.putAll(previous.successorLists);
        declaredNoReturnCall.putAll(previous.declaredNoReturnCall);
        Set<FunctionId> changed = new HashSet<>();
        Set<FunctionId> touched = new HashSet<>();
        boolean sameEdges = true;
        for (Map.Entry<FunctionId, Function> e : program.functions().entrySet()) {
            FunctionId f = e.getKey();
            if (previous.program.function(f) == e.getValue()) {
                continue;
            }
            if (!previous.sitesIn.containsKey(f)) {
                return false;
            }
            List<CallSite> before = previous.callSitesIn(f);
            List<CallSite> sites = sitesOf(f, e.getValue());
            changed.add(f);
            for (List<CallSite> l : List.of(before, sites)) {
                for (CallSite site : l) {
                    touched.addAll(site.candidates());
                }
            }
            List<FunctionId> now = List.copyOf(successors(sites));
            sameEdges = sameEdges && now.equals(successorsOf(f, before));
            successorLists.put(f, now);
            declaredNoReturnCall.remove(f);
            sitesIn.put(f, sites);
        }
        for (FunctionId c : touched) {
            List<CallSite> callers = new ArrayList<>();
            for (CallSite site : previous.callersOf(c)) {
                if (!changed.contains(site.caller())) {
                    callers.add(site);
                }
            }
            for (FunctionId f : changed) {
                for (CallSite site : sitesIn.get(f)) {
                    if (site.candidates().contains(c)) {
                        callers.add(site);
                    }
                }
            }
            callers.sort(java.util.Comparator.comparing(CallSite::caller)); // stable: a caller's sites stay in order
            if (callers.isEmpty()) {
                callersOf.remove(c);
            } else {
                callersOf.put(c, callers);
            }
        }
        if (sameEdges) {
            bottomUp = previous.bottomUp;
            componentIndex = previous.componentIndex();
        } else {
            bottomUp = stronglyConnectedComponents();
            if (bottomUp.equals(previous.bottomUp)) {
                // an edge came or went inside the graph's components as they were (a call added to a function
                // the caller's component already reaches): the same components, shared as above, so that what the
                // session keeps per component pass goes on from the change
                bottomUp = previous.bottomUp;
                componentIndex = previous.componentIndex();
            }
        }
        return true;
    }

    private List<CallSite> sitesOf(FunctionId f, Function fn) {
        List<CallSite> sites = new ArrayList<>();
        for (CfgNode node : fn.getNodes()) {
            for (int i = 0; i < node.getEvents().size(); i++) {
                Event ev = node.getEvents().get(i);
                if (ev instanceof Call call) {
                    sites.add(new CallSite(f, node.getId(), i, call, candidates(fn, call)));
                }
            }
        }
        return sites;
    }

    private List<FunctionId> candidates(Function caller, Call call) {
        if (call.getCallee() != null) {
            FunctionId target = program.resolve(call.getCallee(), caller.getFile());
            return target == null ? List.of() : List.of(target);
        }
        if (call.getViaField() != null) {
            return program.opsTargets(call.getViaField());
        }
        return List.of();
    }

    public Program program() {
        return program;
    }

    private NoReturns noReturns;

    /** The functions inferred never to return ({@link NoReturns}), computed on first use. */
    public synchronized NoReturns noReturns() {
        if (noReturns == null) {
            noReturns = new NoReturns(this);
        }
        return noReturns;
    }

    /** Whether one of {@code f}'s calls is declared noreturn by the front end (remembered per facts object). */
    boolean callsDeclaredNoReturn(FunctionId f) {
        Boolean known = declaredNoReturnCall.get(f);
        if (known == null) {
            known = false;
            for (CallSite s : callSitesIn(f)) {
                if (s.call().isNoReturn()) {
                    known = true;
                    break;
                }
            }
            declaredNoReturnCall.put(f, known);
        }
        return known;
    }

    public List<CallSite> callSitesIn(FunctionId f) {
        return sitesIn.getOrDefault(f, List.of());
    }

    public List<CallSite> callersOf(FunctionId f) {
        return callersOf.getOrDefault(f, List.of());
    }

    /** The call site at node/event of {@code caller}, or null. */
    public CallSite site(FunctionId caller, int node, int eventIndex) {
        for (CallSite s : callSitesIn(caller)) {
            if (s.node() == node && s.eventIndex() == eventIndex) {
                return s;
            }
        }
        return null;
    }

    /**
     * Functions whose callers the analysis cannot know, so their entry context is empty: ops-table targets and
     * functions nobody in the analysed files calls. Heuristic and limit: the analysed tree is the whole program
     * (closed world), so an external function that the tree calls is entered with what those callers hold; a
     * library's API function that its own code calls too is checked as its internal callers call it, not as its
     * users might.
     */
    public boolean isEntryPoint(FunctionId f) {
        return program.isOpsTarget(f) || callersOf(f).isEmpty();
    }

    /**
     * The indices of {@link #bottomUpComponents()} grouped by level: with {@code calleesFirst}, by depth (0: calls
     * no other component, else one more than its deepest callee's), each group in ascending index order; else by
     * height (0: no caller outside the component, else one more than its highest caller's), each group in descending
     * index order (the order of a pass that visits callers first). The components of one group call none of each
     * other. Null if a call goes against {@link #bottomUpComponents()}' order (then only a pass in that order is
     * right).
     */
    public List<List<Integer>> componentLevels(boolean calleesFirst) {
        Map<FunctionId, Integer> component = componentIndex();
        int size = bottomUp.size();
        int[] level = new int[size];
        List<List<Integer>> out = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            int i = calleesFirst ? k : size - 1 - k;
            int l = 0;
            for (FunctionId f : bottomUp.get(i)) {
                for (CallSite site : calleesFirst ? callSitesIn(f) : callersOf(f)) {
                    for (FunctionId other : calleesFirst ? site.candidates() : List.of(site.caller())) {
                        Integer j = component.get(other);
                        if (j == null || j == i) {
                            continue;
                        }
                        if (calleesFirst ? j > i : j < i) {
                            return null;
                        }
                        l = Math.max(l, level[j] + 1);
                    }
                }
            }
            level[i] = l;
            while (out.size() <= l) {
                out.add(new ArrayList<>());
            }
            out.get(l).add(i);
        }
        return out;
    }

    /** Strongly connected components, callees before callers; deterministic. */
    public List<List<FunctionId>> bottomUpComponents() {
        return bottomUp;
    }

    /** The component of every function, by its index in {@link #bottomUpComponents()}. Unmodifiable. */
    public Map<FunctionId, Integer> componentIndex() {
        if (componentIndex == null) {
            Map<FunctionId, Integer> m = new HashMap<>();
            for (int i = 0; i < bottomUp.size(); i++) {
                for (FunctionId f : bottomUp.get(i)) {
                    m.put(f, i);
                }
            }
            componentIndex = java.util.Collections.unmodifiableMap(m);
        }
        return componentIndex;
    }

    /** The call graph's strongly connected components, callees' components first ({@link StronglyConnected}). */
    private List<List<FunctionId>> stronglyConnectedComponents() {
        return List.copyOf(StronglyConnected.of(program.functions().keySet(), this::successors));
    }

    private List<FunctionId> successors(FunctionId f) {
        return successorLists.computeIfAbsent(f, k -> List.copyOf(successors(callSitesIn(k))));
    }

    /** The successors {@code previous}'s graph knew of {@code f}, else those of its call sites {@code sites}. */
    private List<FunctionId> successorsOf(FunctionId f, List<CallSite> sites) {
        List<FunctionId> known = successorLists.get(f);
        return known != null ? known : List.copyOf(successors(sites));
    }

    private static TreeSet<FunctionId> successors(List<CallSite> sites) {
        TreeSet<FunctionId> s = new TreeSet<>();
        for (CallSite site : sites) {
            s.addAll(site.candidates());
        }
        return s;
    }
}
