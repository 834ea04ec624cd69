package org.lockaudit.core.program;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final List<List<FunctionId>> bottomUp;
    /** Function → index of its component in {@link #bottomUp}; computed once, shared with the next graph. */
    private Map<FunctionId, Integer> componentIndex;

    public CallGraph(Program program) {
        this(program, null);
    }

    /**
     * As {@link #CallGraph(Program)}, taking the call sites of a function from {@code previous} when it has the
     * very same facts object there. Only valid when the program's resolution tables (functions, ops bindings) are
     * the same as {@code previous}'s (AnalysisSession checks that). When every function whose facts changed calls
     * the same set of functions as before, the graph's edges are the same and so are its components: they are
     * taken from {@code previous} too (Tarjan's algorithm is not run again).
     */
    public CallGraph(Program program, CallGraph previous) {
        this.program = program;
        boolean sameEdges = previous != null && previous.sitesIn.size() == program.functions().size();
        for (Map.Entry<FunctionId, Function> e : program.functions().entrySet()) {
            Function fn = e.getValue();
            if (previous != null && previous.program.function(e.getKey()) == fn) {
                List<CallSite> sites = previous.callSitesIn(e.getKey());
                for (CallSite site : sites) {
                    for (FunctionId c : site.candidates()) {
                        callersOf.computeIfAbsent(c, k -> new ArrayList<>()).add(site);
                    }
                }
                sitesIn.put(e.getKey(), sites);
                continue;
            }
            List<CallSite> sites = new ArrayList<>();
            for (CfgNode node : fn.getNodes()) {
                for (int i = 0; i < node.getEvents().size(); i++) {
                    Event ev = node.getEvents().get(i);
                    if (ev instanceof Call call) {
                        CallSite site = new CallSite(e.getKey(), node.getId(), i, call, candidates(fn, call));
                        sites.add(site);
                        for (FunctionId c : site.candidates()) {
                            callersOf.computeIfAbsent(c, k -> new ArrayList<>()).add(site);
                        }
                    }
                }
            }
            sitesIn.put(e.getKey(), sites);
            sameEdges = sameEdges && previous.sitesIn.containsKey(e.getKey())
                    && successors(sites).equals(successors(previous.callSitesIn(e.getKey())));
        }
        if (sameEdges) {
            bottomUp = previous.bottomUp;
            componentIndex = previous.componentIndex();
        } else {
            bottomUp = stronglyConnectedComponents();
        }
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
     * Functions whose callers the analysis cannot know, so their entry context is empty: external (non-static)
     * functions, ops-table targets, and static functions nobody in the analysed files calls.
     */
    public boolean isEntryPoint(FunctionId f) {
        return f.staticFile() == null || program.isOpsTarget(f) || callersOf(f).isEmpty();
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

    /** Tarjan's algorithm, iterative (kernel call chains are deep); emits callees' components first. */
    private List<List<FunctionId>> stronglyConnectedComponents() {
        Map<FunctionId, Integer> index = new HashMap<>();
        Map<FunctionId, Integer> low = new HashMap<>();
        Deque<FunctionId> stack = new ArrayDeque<>();
        java.util.Set<FunctionId> onStack = new java.util.HashSet<>();
        List<List<FunctionId>> out = new ArrayList<>();
        int[] counter = {0};
        for (FunctionId root : program.functions().keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, successors(root), 0});
            index.put(root, counter[0]);
            low.put(root, counter[0]++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                FunctionId v = (FunctionId) frame[0];
                @SuppressWarnings("unchecked")
                List<FunctionId> succ = (List<FunctionId>) frame[1];
                int i = (Integer) frame[2];
                if (i < succ.size()) {
                    frame[2] = i + 1;
                    FunctionId w = succ.get(i);
                    if (!index.containsKey(w)) {
                        index.put(w, counter[0]);
                        low.put(w, counter[0]++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, successors(w), 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                } else {
                    work.pop();
                    if (!work.isEmpty()) {
                        FunctionId parent = (FunctionId) work.peek()[0];
                        low.put(parent, Math.min(low.get(parent), low.get(v)));
                    }
                    if (low.get(v).equals(index.get(v))) {
                        List<FunctionId> scc = new ArrayList<>();
                        FunctionId w;
                        do {
                            w = stack.pop();
                            onStack.remove(w);
                            scc.add(w);
                        } while (!w.equals(v));
                        scc.sort(null);
                        out.add(List.copyOf(scc));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private List<FunctionId> successors(FunctionId f) {
        return new ArrayList<>(successors(callSitesIn(f)));
    }

    private static TreeSet<FunctionId> successors(List<CallSite> sites) {
        TreeSet<FunctionId> s = new TreeSet<>();
        for (CallSite site : sites) {
            s.addAll(site.candidates());
        }
        return s;
    }
}
