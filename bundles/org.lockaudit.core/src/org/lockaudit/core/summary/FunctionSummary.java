package org.lockaudit.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lockaudit.core.dataflow.FunctionFlow;
import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.InsideAcquire;
import org.lockaudit.core.dataflow.LockChange;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.ParameterCondition;
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
 * relative to entry. Computed from one {@link FunctionFlow} run from an empty entry state. {@code errorPointer}: its
 * failures return an error pointer (see ResultConvention).
 */
public record FunctionSummary(FunctionId function, List<String> parameters, List<LockChange> onZero,
        List<LockChange> onNonZero, List<LockChange> any, List<Requirement> requires, LockId predicateOf,
        boolean predicateNegated, List<InsideAcquire> insideAcquires, List<FunctionFlow.AccessRecord> accesses,
        LockId returnsLock, ParameterCondition conditional, List<LockId> takenOrDropped, boolean errorPointer) {

    /** As the canonical constructor, for a function that does not fail with an error pointer. */
    public FunctionSummary(FunctionId function, List<String> parameters, List<LockChange> onZero,
            List<LockChange> onNonZero, List<LockChange> any, List<Requirement> requires, LockId predicateOf,
            boolean predicateNegated, List<InsideAcquire> insideAcquires, List<FunctionFlow.AccessRecord> accesses,
            LockId returnsLock, ParameterCondition conditional, List<LockId> takenOrDropped) {
        this(function, parameters, onZero, onNonZero, any, requires, predicateOf, predicateNegated, insideAcquires,
                accesses, returnsLock, conditional, takenOrDropped, false);
    }

    /** As the canonical constructor, with no conditional effect and no {@link #takenOrDropped} locks. */
    public FunctionSummary(FunctionId function, List<String> parameters, List<LockChange> onZero,
            List<LockChange> onNonZero, List<LockChange> any, List<Requirement> requires, LockId predicateOf,
            boolean predicateNegated, List<InsideAcquire> insideAcquires, List<FunctionFlow.AccessRecord> accesses,
            LockId returnsLock) {
        this(function, parameters, onZero, onNonZero, any, requires, predicateOf, predicateNegated, insideAcquires,
                accesses, returnsLock, null, List.of());
    }

    /** As the canonical constructor, with no {@link #takenOrDropped} locks (declared summaries). */
    public FunctionSummary(FunctionId function, List<String> parameters, List<LockChange> onZero,
            List<LockChange> onNonZero, List<LockChange> any, List<Requirement> requires, LockId predicateOf,
            boolean predicateNegated, List<InsideAcquire> insideAcquires, List<FunctionFlow.AccessRecord> accesses,
            LockId returnsLock, ParameterCondition conditional) {
        this(function, parameters, onZero, onNonZero, any, requires, predicateOf, predicateNegated, insideAcquires,
                accesses, returnsLock, conditional, List.of());
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

    /**
     * The summary of one run of {@code flow}: its own requirements (assertions), then the declared ones, then those
     * it passes on from its callees ({@link RequirementInheritance}), one per lock (an inherited one met with an own or
     * declared one on the same lock). {@code assigned}: names the body assigns, whose truth at a return no longer
     * says what the caller passed.
     */
    public static FunctionSummary of(FunctionId id, List<String> parameters, FunctionFlow flow,
            List<Requirement> declaredRequirements, List<Requirement> inherited, java.util.Set<String> assigned) {
        java.util.Map<LockId, Requirement> byLock = new java.util.LinkedHashMap<>();
        for (Requirement r : flow.requirements()) {
            byLock.put(r.lock(), r);
        }
        for (Requirement d : declaredRequirements) {
            byLock.putIfAbsent(d.lock(), d);
        }
        for (Requirement r : inherited) {
            byLock.merge(r.lock(), r, Requirement::meet);
        }
        List<Requirement> req = new ArrayList<>(byLock.values());
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
        List<LockChange> any = recursive(changes(flow, ReturnClass.UNKNOWN), flow);
        java.util.function.UnaryOperator<LockId> result = resultLock(id, flow);
        return new FunctionSummary(id, parameters, rename(recursive(changes(flow, ReturnClass.ZERO), flow), result),
                rename(recursive(changes(flow, ReturnClass.NON_ZERO), flow), result), rename(any, result), req,
                allPredicate ? predicate : null, allPredicate && negated,
                recursiveInside(flow), flow.accesses(), returned, conditional(parameters, flow, any, assigned),
                takenOrDropped(flow), org.lockaudit.core.dataflow.ResultConvention.errorPointer(flow.returns()));
    }

    /**
     * A lock taken through a local pointer that the function returns ({@code spinlock_t *lock = res->lock;
     * spin_lock(lock); return lock;}) is, for the caller, the lock its result points to: renamed to
     * {@link LockId#result}. Only when every return holding that local's lock returns that local.
     */
    private static java.util.function.UnaryOperator<LockId> resultLock(FunctionId id, FunctionFlow flow) {
        String variable = null;
        for (ReturnPoint r : flow.returns()) {
            if (r.variable() == null) {
                continue;
            }
            LockId local = LockId.local(id, r.variable());
            if (r.state().may().contains(local)) {
                if (variable != null && !variable.equals(r.variable())) {
                    return l -> l;
                }
                variable = r.variable();
            }
        }
        if (variable == null) {
            return l -> l;
        }
        LockId local = LockId.local(id, variable);
        for (ReturnPoint r : flow.returns()) {
            if (!variable.equals(r.variable()) && r.state().may().contains(local)) {
                return l -> l;
            }
        }
        LockId renamed = LockId.result(id);
        return l -> l.equals(local) ? renamed : l;
    }

    /**
     * A recursive-by-owner wrapper ({@link org.lockaudit.core.dataflow.OwnerCondition}): its "may acquire" is one level
     * of a recursive acquisition (the caller held the lock already on the other path), its "may release" one level
     * of release.
     */
    private static List<LockChange> recursive(List<LockChange> changes, FunctionFlow flow) {
        if (changes.stream().noneMatch(c -> c.kind() == LockChange.Kind.MAY_ACQUIRE
                || c.kind() == LockChange.Kind.MAY_RELEASE)) {
            return changes;
        }
        List<LockChange> out = new ArrayList<>(changes.size());
        for (LockChange c : changes) {
            LockChange.Kind k = c.kind() == LockChange.Kind.MAY_ACQUIRE || c.kind() == LockChange.Kind.MAY_RELEASE
                    ? org.lockaudit.core.dataflow.OwnerCondition.effect(c.lock(), flow.returns()) : null;
            if (k == LockChange.Kind.ACQUIRE && c.kind() == LockChange.Kind.MAY_ACQUIRE) {
                out.add(new LockChange(k, c.lock(), c.mode() == LockMode.SHARED ? c.mode() : LockMode.RECURSIVE,
                        c.irq(), 1, c.at()));
            } else if (k == LockChange.Kind.RELEASE && c.kind() == LockChange.Kind.MAY_RELEASE) {
                out.add(new LockChange(k, c.lock(), c.mode(), c.irq(), c.depth(), c.at()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The acquisitions inside a recursive-by-owner wrapper of the lock it acquires recursively: taken only when the
     * owner test says this CPU does not hold it yet, so a caller already holding it (by the wrapper) does not
     * deadlock there: recursive too.
     */
    private static List<InsideAcquire> recursiveInside(FunctionFlow flow) {
        List<InsideAcquire> out = new ArrayList<>(flow.insideAcquires().size());
        for (InsideAcquire ia : flow.insideAcquires()) {
            boolean recursive = ia.mode() != LockMode.SHARED && ia.mode() != LockMode.RECURSIVE
                    && org.lockaudit.core.dataflow.OwnerCondition.effect(ia.lock(), flow.returns()) == LockChange.Kind.ACQUIRE;
            out.add(recursive ? new InsideAcquire(ia.lock(), LockMode.RECURSIVE, ia.irq(), ia.path(), ia.releasedBefore(),
                    ia.heldWith()) : ia);
        }
        return out;
    }

    private static List<LockChange> rename(List<LockChange> changes, java.util.function.UnaryOperator<LockId> f) {
        return changes.stream().map(c -> c.withLock(f.apply(c.lock()))).toList();
    }

    /**
     * The parameter whose truth decides a conditional effect ({@code if (cond) spin_lock(l);}), else the
     * out-parameter through which the function tells which effect happened ({@link ParameterCondition#out}).
     */
    private static ParameterCondition conditional(List<String> parameters, FunctionFlow flow, List<LockChange> any,
            java.util.Set<String> assigned) {
        if (flow.returns().isEmpty() || any.stream().noneMatch(c -> c.kind() == LockChange.Kind.MAY_ACQUIRE
                || c.kind() == LockChange.Kind.MAY_RELEASE)) {
            return null;
        }
        for (int i = 0; i < parameters.size(); i++) {
            String p = parameters.get(i);
            ParameterCondition c = p == null || p.isEmpty() || assigned.contains(p) ? null
                    : decidedBy(i, p, false, flow, FunctionSummary::untouchedOtherwise);
            if (c != null) {
                return c;
            }
        }
        // an out-parameter that tells the caller which effect happened (*busy = 1 on the paths that dropped the
        // stripe again, *busy = 0 on those returning with it); a lock one side acquires must not be held at any
        // return of the other (taken and dropped again there is fine: the flag says so)
        for (int i = 0; i < parameters.size(); i++) {
            String p = parameters.get(i);
            ParameterCondition c = p == null || p.isEmpty() ? null
                    : decidedBy(i, "*" + p, true, flow, FunctionSummary::notHeldAt);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The condition {@code fact} decides: every return knows its truth, both truths occur, each side's effect is a
     * must effect, the two differ, and {@code otherSide} accepts each side's effect at the other side's returns.
     */
    private static ParameterCondition decidedBy(int index, String fact, boolean out, FunctionFlow flow,
            java.util.function.BiPredicate<List<LockChange>, List<ReturnPoint>> otherSide) {
        List<ReturnPoint> yes = new ArrayList<>();
        List<ReturnPoint> no = new ArrayList<>();
        for (ReturnPoint r : flow.returns()) {
            Boolean v = r.state().locals().get(fact);
            if (v == null) {
                return null;
            }
            (v ? yes : no).add(r);
        }
        if (yes.isEmpty() || no.isEmpty()) {
            return null;
        }
        List<LockChange> whenYes = changes(flow, yes);
        List<LockChange> whenNo = changes(flow, no);
        boolean mustOnly = java.util.stream.Stream.concat(whenYes.stream(), whenNo.stream())
                .allMatch(c -> c.kind() == LockChange.Kind.ACQUIRE || c.kind() == LockChange.Kind.RELEASE);
        return mustOnly && !key(whenYes).equals(key(whenNo)) && otherSide.test(whenYes, no)
                && otherSide.test(whenNo, yes) ? new ParameterCondition(index, fact, whenYes, whenNo, out) : null;
    }

    /** No lock {@code changes} acquires is held at any of {@code others}. */
    private static boolean notHeldAt(List<LockChange> changes, List<ReturnPoint> others) {
        for (LockChange c : changes) {
            for (ReturnPoint r : others) {
                if (c.kind() == LockChange.Kind.ACQUIRE && r.state().may().contains(c.lock())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every lock {@code changes} names is untouched at every one of {@code others} (a wrapper, not a leak). */
    private static boolean untouchedOtherwise(List<LockChange> changes, List<ReturnPoint> others) {
        for (LockChange c : changes) {
            for (ReturnPoint r : others) {
                if (!r.state().untouched(c.lock())) {
                    return false;
                }
            }
        }
        return true;
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
        List<ReturnPoint> these = org.lockaudit.core.dataflow.ResultConvention.refine(flow.returns()).stream()
                .filter(r -> c == ReturnClass.UNKNOWN || r.result().includes(c)).toList();
        if (these.isEmpty()) {
            return c == ReturnClass.UNKNOWN ? List.of() : changes(flow, ReturnClass.UNKNOWN);
        }
        return changes(flow, these);
    }

    /** Net effect over {@code returns}, joined. */
    private static List<LockChange> changes(FunctionFlow flow, List<ReturnPoint> returns) {
        LockState joined = null;
        for (ReturnPoint r : returns) {
            joined = joined == null ? r.state() : joined.join(r.state());
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
                && requires.stream().map(r -> r.lock() + " " + r.when()).toList()
                        .equals(o.requires.stream().map(r -> r.lock() + " " + r.when()).toList())
                && insideAcquires.stream().map(InsideAcquire::lock).toList()
                        .equals(o.insideAcquires.stream().map(InsideAcquire::lock).toList())
                && Objects.equals(returnsLock, o.returnsLock)
                && Objects.equals(key(conditional), key(o.conditional))
                && takenOrDropped.equals(o.takenOrDropped) && errorPointer == o.errorPointer;
    }

    private static String key(ParameterCondition c) {
        return c == null ? null : c.parameter() + (c.out() ? " out " : " ") + key(c.whenNonZero()) + " " + key(c.whenZero());
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
        if (conditional != null) {
            b.append(' ').append(conditional.describe());
        }
        if (!insideAcquires.isEmpty()) {
            b.append(" takes ").append(insideAcquires.stream().map(i -> i.lock().display()).toList());
        }
        return b.toString();
    }
}
