package org.lockaudit.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lockaudit.core.dataflow.CallEffect;
import org.lockaudit.core.dataflow.CallEffects;
import org.lockaudit.core.dataflow.InsideAcquire;
import org.lockaudit.core.dataflow.LockChange;
import org.lockaudit.core.dataflow.Requirement;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.CallSite;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * The effects of a call from the summaries of its candidates, renamed into the caller's locks. A call to a function
 * without a body uses its declared effects ({@code __acquires}, {@code __must_hold}...), if any.
 */
public final class SummaryCallEffects implements CallEffects {
    private final CallGraph callGraph;
    private final Map<FunctionId, FunctionSummary> summaries;
    private final DeclaredEffects declared;
    private final ArgumentMapping mapping;

    public SummaryCallEffects(CallGraph callGraph, Map<FunctionId, FunctionSummary> summaries, DeclaredEffects declared) {
        this.callGraph = callGraph;
        this.summaries = summaries;
        this.declared = declared;
        this.mapping = new ArgumentMapping(callGraph.program());
    }

    @Override
    public List<CallEffect> effectsOf(FunctionId caller, int node, int eventIndex, Call call) {
        CallSite site = callGraph.site(caller, node, eventIndex);
        List<CallEffect> out = new ArrayList<>();
        Function callerFn = callGraph.program().function(caller);
        String callerFile = callerFn != null ? callerFn.getFile() : null;
        if (site == null || site.candidates().isEmpty()) {
            FunctionSummary d = call.getCallee() != null ? declared.bodiless(call.getCallee()) : null;
            if (d != null) {
                out.add(map(d, null, call, callerFile, caller, callerFn));
            }
            return out;
        }
        for (FunctionId c : site.candidates()) {
            FunctionSummary s = summaries.get(c);
            if (s != null) {
                Function fn = callGraph.program().function(c);
                CallEffect e = map(s, fn != null ? fn.getFile() : null, call, callerFile, caller, callerFn);
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public java.util.Set<Long> inferredDeadEnds(FunctionId caller) {
        return callGraph.noReturns().inferredDeadEnds(caller);
    }

    private CallEffect map(FunctionSummary s, String calleeFile, Call call, String callerFile, FunctionId caller,
            Function callerFn) {
        List<String> args = call.getArguments();
        String name = s.function().name();
        String result = call.getResultVariable();
        // the lock the callee returns a pointer to: what the caller's result variable names, as when the caller
        // passes that variable on to an unlock wrapper
        java.util.function.Function<LockId, LockId> m = l -> LockId.RESULT.equals(l.canonical())
                && l.kind() == LockId.Kind.PARAMETER
                        ? (result == null ? null : mapping.callerLock(result, caller, callerFn, callerFile))
                        : mapping.toCaller(l, s.parameters(), args, name, calleeFile, callerFile, caller, callerFn);
        LockId predicate = s.predicateOf() == null ? null : m.apply(s.predicateOf());
        List<Requirement> req = new ArrayList<>();
        for (Requirement r : s.requires()) {
            LockId l = m.apply(r.lock());
            Requirement here = r.when().isEmpty() ? r : atCall(r, s.parameters(), args);
            if (l != null && !l.unknownInstance() && here != null) {
                req.add(here.withLock(l));
            }
        }
        List<InsideAcquire> inside = new ArrayList<>();
        for (InsideAcquire ia : s.insideAcquires()) {
            LockId l = m.apply(ia.lock());
            if (l != null) {
                inside.add(ia.withLock(l).withReleased(m::apply));
            }
        }
        LockId returned = s.returnsLock() == null ? null : m.apply(s.returnsLock());
        return new CallEffect(s.function(), changes(s.onZero(), m), changes(s.onNonZero(), m), changes(s.any(), m), req,
                predicate, s.predicateNegated(), inside, returned,
                s.conditional() == null ? null : s.conditional().withLocks(m::apply), s.errorPointer());
    }

    /**
     * A requirement on the callee's parameters' truth, seen at one call: null when a constant argument says it is
     * not reached ({@code pci_get_pdev(d, ..)} with {@code d} a non-NULL constant), on every path when the constants
     * say it is, otherwise on the arguments' truth in the caller's terms ({@code PreconditionChecker} asks the
     * caller's path facts).
     */
    private static Requirement atCall(Requirement r, List<String> parameters, List<String> args) {
        java.util.Map<String, Boolean> onArgs = new java.util.TreeMap<>();
        for (java.util.Map.Entry<String, Boolean> e : r.when().entrySet()) {
            int i = parameters.indexOf(e.getKey());
            if (i < 0 || i >= args.size()) {
                continue;
            }
            String arg = LockId.withoutBlanks(args.get(i));
            Boolean truth = org.lockaudit.core.dataflow.LockSetAnalysis.constantTruth(arg);
            if (truth != null && !truth.equals(e.getValue())) {
                return null;
            }
            if (truth == null) {
                onArgs.put(arg, e.getValue());
            }
        }
        return r.when(onArgs);
    }

    private static List<LockChange> changes(List<LockChange> in, java.util.function.Function<LockId, LockId> m) {
        List<LockChange> out = new ArrayList<>();
        for (LockChange c : in) {
            LockId l = m.apply(c.lock());
            if (l != null) {
                out.add(c.withLock(l));
            }
        }
        return out;
    }
}
