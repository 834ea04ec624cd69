package org.lockaudit.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lockaudit.core.dataflow.FunctionFlow;
import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.InsideAcquire;
import org.lockaudit.core.dataflow.LockChange;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Requirement;
import org.lockaudit.core.dataflow.ReturnClass;
import org.lockaudit.core.dataflow.ReturnPoint;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * What a function does to locks, seen from its callers, in its own names (parameters' member locks keep the
 * parameter as base): net effect on return per result class (zero / non-zero / either), locks required on entry,
 * the lock its result reports for a predicate function, locks taken inside, and accesses with the locks held
 * relative to entry. Computed from one {@link FunctionFlow} run from an empty entry state.
 */
public record FunctionSummary(FunctionId function, List<String> parameters, List<LockChange> onZero,
        List<LockChange> onNonZero, List<LockChange> any, List<Requirement> requires, LockId predicateOf,
        boolean predicateNegated, List<InsideAcquire> insideAcquires, List<FunctionFlow.AccessRecord> accesses,
        LockId returnsLock, List<LockId> takenOrDropped) {

    /** As the canonical constructor, with no {@link #takenOrDropped} locks (declared summaries). */
    public FunctionSummary(FunctionId function, List<String> parameters, List<LockChange> onZero,
            List<LockChange> onNonZero, List<LockChange> any, List<Requirement> requires, LockId predicateOf,
            boolean predicateNegated, List<InsideAcquire> insideAcquires, List<FunctionFlow.AccessRecord> accesses,
            LockId returnsLock) {
        this(function, parameters, onZero, onNonZero, any, requires, predicateOf, predicateNegated, insideAcquires,
                accesses, returnsLock, List.of());
    }

    public FunctionSummary {
        parameters = List.copyOf(parameters);
        onZero = List.copyOf(onZero);
        onNonZero = List.copyOf(onNonZero);
        any = List.copyOf(any);
        requires = List.copyOf(requires);
        insideAcquires = List.copyOf(insideAcquires);
        accesses = List.copyOf(accesses);
        takenOrDropped = List.copyOf(takenOrDropped);
    }

    public static FunctionSummary of(FunctionId id, List<String> parameters, FunctionFlow flow,
            List<Requirement> declaredRequirements) {
        List<Requirement> req = new ArrayList<>(flow.requirements());
        for (Requirement d : declaredRequirements) {
            if (req.stream().noneMatch(r -> r.lock().equals(d.lock()))) {
                req.add(d);
            }
        }
        LockId predicate = null;
        boolean negated = false;
        boolean allPredicate = !flow.returns().isEmpty();
        for (ReturnPoint r : flow.returns()) {
            if (r.predicateOf() == null || predicate != null && (!predicate.equals(r.predicateOf()) || negated != r.negated())) {
                allPredicate = false;
                break;
            }
            predicate = r.predicateOf();
            negated = r.negated();
        }
        LockId returned = null;
        for (ReturnPoint r : flow.returns()) {
            if (r.returnedLock() != null) {
                if (returned != null && !returned.equals(r.returnedLock())) {
                    returned = null;
                    break;
                }
                returned = r.returnedLock();
            }
        }
        return new FunctionSummary(id, parameters, changes(flow, ReturnClass.ZERO), changes(flow, ReturnClass.NON_ZERO),
                changes(flow, ReturnClass.UNKNOWN), req, allPredicate ? predicate : null, allPredicate && negated,
                flow.insideAcquires(), flow.accesses(), returned, takenOrDropped(flow));
    }

    /**
     * Locks this function may return holding (taken by it) and may also release, on different paths: neither a may
     * acquisition nor a may release in the net effects, which cancel out. The pause/resume helper that switches on
     * its argument ({@code pause(ALL)} takes the locks, {@code pause(RESUME)} drops them) is the idiom; the race rule
     * reads a call pair of it as a section holding the locks ({@code LockHandOffs}).
     */
    private static List<LockId> takenOrDropped(FunctionFlow flow) {
        java.util.Set<LockId> held = new java.util.TreeSet<>();
        java.util.Set<LockId> dropped = new java.util.TreeSet<>();
        for (ReturnPoint r : flow.returns()) {
            for (HeldLock h : r.state().may()) {
                if (h.own()) {
                    held.add(h.lock());
                }
            }
            dropped.addAll(r.state().releasedMay().asList());
        }
        held.retainAll(dropped);
        return List.copyOf(held);
    }

    /** Net effect over the returns producing class {@code c} (every return for UNKNOWN). */
    private static List<LockChange> changes(FunctionFlow flow, ReturnClass c) {
        LockState joined = null;
        for (ReturnPoint r : flow.returns()) {
            if (c == ReturnClass.UNKNOWN || r.result().includes(c)) {
                joined = joined == null ? r.state() : joined.join(r.state());
            }
        }
        if (joined == null) {
            return c == ReturnClass.UNKNOWN ? List.of() : changes(flow, ReturnClass.UNKNOWN);
        }
        List<LockChange> out = new ArrayList<>();
        for (LockId l : joined.releasedMay().asList()) {
            if (joined.may().contains(l)) {
                continue;
            }
            LockChange how = flow.entryReleases().get(l);
            LockMode mode = how != null ? how.mode() : LockMode.EXCLUSIVE;
            IrqEffect irq = how != null ? how.irq() : IrqEffect.NONE;
            LockChange.Kind kind = joined.releasedMust().contains(l) ? LockChange.Kind.RELEASE : LockChange.Kind.MAY_RELEASE;
            out.add(new LockChange(kind, l, mode, irq, 1, how != null ? how.at() : null));
        }
        for (HeldLock h : joined.may()) {
            if (!h.own() || joined.releasedMay().contains(h.lock())) {
                continue;
            }
            HeldLock must = joined.must().get(h.lock());
            boolean always = must != null && must.own();
            out.add(new LockChange(always ? LockChange.Kind.ACQUIRE : LockChange.Kind.MAY_ACQUIRE, h.lock(), h.mode(),
                    h.irq(), always ? must.ownDepth() : 1, h.acquiredAt().last()));
        }
        return out;
    }

    public boolean tryStyle() {
        return !onZero.equals(onNonZero);
    }

    /** Same lock behaviour (ignoring witnesses): the fixpoint test for recursive functions. */
    public boolean sameBehaviour(FunctionSummary o) {
        return o != null && key(onZero).equals(key(o.onZero)) && key(onNonZero).equals(key(o.onNonZero))
                && key(any).equals(key(o.any)) && Objects.equals(predicateOf, o.predicateOf)
                && predicateNegated == o.predicateNegated
                && requires.stream().map(Requirement::lock).toList().equals(o.requires.stream().map(Requirement::lock).toList())
                && insideAcquires.stream().map(InsideAcquire::lock).toList()
                        .equals(o.insideAcquires.stream().map(InsideAcquire::lock).toList())
                && Objects.equals(returnsLock, o.returnsLock) && takenOrDropped.equals(o.takenOrDropped);
    }

    private static List<String> key(List<LockChange> changes) {
        return changes.stream().map(c -> c.kind() + " " + c.lock() + " " + c.mode() + " " + c.irq() + " " + c.depth()).toList();
    }

    /** {@code pcidevs_lock: acquires _pcidevs_lock (recursive)}. */
    public String describe() {
        StringBuilder b = new StringBuilder(function.name()).append(':');
        if (tryStyle()) {
            b.append(" on non-zero ").append(onNonZero.stream().map(LockChange::describe).toList());
            b.append(" on zero ").append(onZero.stream().map(LockChange::describe).toList());
        } else if (!any.isEmpty()) {
            b.append(' ').append(String.join(", ", any.stream().map(LockChange::describe).toList()));
        }
        if (!requires.isEmpty()) {
            b.append(" requires ").append(requires.stream().map(r -> r.lock().display()).toList());
        }
        if (predicateOf != null) {
            b.append(" returns ").append(predicateNegated ? "!" : "").append("held(").append(predicateOf.display()).append(')');
        }
        if (!insideAcquires.isEmpty()) {
            b.append(" takes ").append(insideAcquires.stream().map(i -> i.lock().display()).toList());
        }
        return b.toString();
    }
}
