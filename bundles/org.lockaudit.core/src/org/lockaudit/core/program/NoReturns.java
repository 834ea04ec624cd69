package org.lockaudit.core.program;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.Return;

/**
 * Functions that never return, inferred program-wide: a function every path of which ends in a call that does not
 * return. The front end marks the calls it knows as noreturn ({@code Call.noReturn}: a declaration's
 * {@code __attribute__((noreturn))} or {@code _Noreturn}, the configuration's {@code "noreturn"} names, the
 * presets' {@code BUG()}) and ends the CFG path there; those calls are the seeds. A function with a body whose
 * entry reaches neither its exit nor a {@code return} once the paths are cut at such calls, and that reaches at
 * least one of them, is noreturn too ({@code fail(..)} ending every path in {@code exit()}); calls to it are then
 * cut the same way, across units, to the least fixpoint (a worklist up the callers of each function found).
 * {@link #endsPath} answers for one call: the dataflow ({@code LockSetAnalysis}) treats such a call like a
 * declared one, a dead end, so the summary of {@code possess_} ({@code if (ret) fail(..)} after the lock call)
 * acquires on every path that returns. The IDE session ({@code AnalysisSession}) summarises and analyses again the
 * callers of a function whose inferred status changed, even when its own summary did not.
 *
 * <p>Limits: only direct calls (through a pointer, a candidate's noreturn is not used); a function that loops
 * forever without such a call is not inferred (no seed reached); a function CDT could not parse entirely (a
 * problem node) is never inferred; the other CFG walks (thread phases, exemptions) still see the path go on.
 */
public final class NoReturns {
    private final CallGraph callGraph;
    private final Set<FunctionId> inferred = new HashSet<>();

    NoReturns(CallGraph callGraph) {
        this.callGraph = callGraph;
        Deque<FunctionId> work = new ArrayDeque<>();
        Set<FunctionId> queued = new HashSet<>();
        for (FunctionId f : callGraph.program().functions().keySet()) {
            if (callGraph.callsDeclaredNoReturn(f) && queued.add(f)) {
                work.add(f);
            }
        }
        while (!work.isEmpty()) {
            FunctionId f = work.poll();
            queued.remove(f);
            if (inferred.contains(f) || !neverReturns(f)) {
                continue;
            }
            inferred.add(f);
            for (CallSite s : callGraph.callersOf(f)) {
                if (!s.indirect() && !inferred.contains(s.caller()) && queued.add(s.caller())) {
                    work.add(s.caller());
                }
            }
        }
        for (FunctionId f : inferred) {
            for (CallSite s : callGraph.callersOf(f)) {
                if (endsPath(s.call(), s.candidates())) {
                    deadCallsIn.computeIfAbsent(s.caller(), k -> new HashSet<>()).add(key(s.node(), s.eventIndex()));
                }
            }
        }
    }

    /** The calls of {@code caller} to inferred functions, as {@code node << 32 | event index} (empty: none). */
    public Set<Long> inferredDeadEnds(FunctionId caller) {
        Set<Long> d = deadCallsIn.get(caller);
        return d == null ? Set.of() : java.util.Collections.unmodifiableSet(d);
    }

    public static long key(int node, int eventIndex) {
        return (long) node << 32 | (eventIndex & 0xffffffffL);
    }

    /**
     * Per caller, the calls to inferred functions ({@code node << 32 | event index}): the dead ends the CFG does not
     * show. Filled once the fixpoint is reached.
     */
    private final Map<FunctionId, Set<Long>> deadCallsIn = new java.util.HashMap<>();

    /** Functions inferred never to return (not those the front end already knew: their calls are cut already). */
    public Set<FunctionId> inferred() {
        return java.util.Collections.unmodifiableSet(inferred);
    }

    public boolean isInferred(FunctionId f) {
        return inferred.contains(f);
    }

    /** Whether a direct call resolved to {@code candidates} is a dead end: declared so, or to an inferred function. */
    public boolean endsPath(Call call, List<FunctionId> candidates) {
        if (call.isNoReturn()) {
            return true;
        }
        return call.getCallee() != null && candidates.size() == 1 && inferred.contains(candidates.get(0));
    }

    /** Whether the call at {@code node}/{@code eventIndex} of {@code caller} is a dead end ({@link #endsPath}). */
    public boolean endsPath(FunctionId caller, int node, int eventIndex, Call call) {
        return call.isNoReturn() || inferredDeadEnds(caller).contains(key(node, eventIndex));
    }

    /** Every path from the entry ends at a noreturn call (declared or inferred so far), and at least one does. */
    private boolean neverReturns(FunctionId f) {
        Function fn = callGraph.program().function(f);
        if (fn == null || fn.isProblem() || fn.getNodes().isEmpty()) {
            return false;
        }
        int n = fn.getNodes().size();
        Set<Long> deadCalls = new HashSet<>();
        for (CallSite s : callGraph.callSitesIn(f)) {
            if (endsPath(s.call(), s.candidates())) {
                deadCalls.add(key(s.node(), s.eventIndex()));
            }
        }
        boolean[] seen = new boolean[n];
        Deque<Integer> q = new ArrayDeque<>();
        seen[0] = true;
        q.add(0);
        boolean deadEnd = false;
        while (!q.isEmpty()) {
            int u = q.poll();
            if (u == fn.getExitNode()) {
                return false;
            }
            CfgNode node = fn.getNodes().get(u);
            boolean cut = false;
            List<Event> events = node.getEvents();
            for (int i = 0; i < events.size() && !cut; i++) {
                Event e = events.get(i);
                if (e instanceof Return) {
                    return false;
                }
                cut = e instanceof Call && deadCalls.contains(key(u, i));
            }
            if (cut) {
                deadEnd = true;
                continue;
            }
            for (int s : node.getSuccessors()) {
                if (s >= 0 && s < n && !seen[s]) {
                    seen[s] = true;
                    q.add(s);
                }
            }
        }
        return deadEnd;
    }
}
