package org.lockaudit.core.dataflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * What one run of {@link LockSetAnalysis} learnt about a function, from its stable states: its returns, the locks
 * it requires, the locks it takes while not held relative to entry, its accesses with the locks held, and the
 * state before each call (for the callees' entry contexts).
 */
public final class FunctionFlow implements LockSetListener {
    /** An access and the locks held on every path to it (relative to the run's entry state). */
    public record AccessRecord(Access access, Step at, HeldLockSet held) {
    }

    /** The state just before a call. */
    public record CallState(Call call, LockState before) {
    }

    /**
     * A callee's requirement not met at a call, on a path where this function never touched the lock: a candidate
     * to pass on to this function's callers ({@link Requirement#inheritedAt}).
     */
    public record UnmetRequirement(Requirement requirement, String callee, Call call, Step at, LockState before) {
    }

    private final FunctionId function;
    private final List<ReturnPoint> returns = new ArrayList<>();
    private final Map<LockId, Requirement> requirements = new LinkedHashMap<>();
    private final Map<LockId, InsideAcquire> insideAcquires = new LinkedHashMap<>();
    /** Locks whose recorded path is not {@link PathFacts#feasible}: a feasible path found later replaces it. */
    private final java.util.Set<LockId> infeasible = new java.util.HashSet<>();
    private final List<AccessRecord> accesses = new ArrayList<>();
    private final List<CallState> calls = new ArrayList<>();
    private final List<UnmetRequirement> unmet = new ArrayList<>();
    private final Map<LockId, LockChange> entryReleases = new LinkedHashMap<>();
    private boolean incomplete;

    public FunctionFlow(FunctionId function) {
        this.function = function;
    }

    public FunctionId function() {
        return function;
    }

    public List<ReturnPoint> returns() {
        return returns;
    }

    public List<Requirement> requirements() {
        return List.copyOf(requirements.values());
    }

    public List<InsideAcquire> insideAcquires() {
        return List.copyOf(insideAcquires.values());
    }

    public List<AccessRecord> accesses() {
        return accesses;
    }

    public List<CallState> calls() {
        return calls;
    }

    /** The callees' requirements not met at their calls on paths that never touched the lock, in path order. */
    public List<UnmetRequirement> unmetRequirements() {
        return unmet;
    }

    /** How each lock held on entry is released (mode and irq of the first releasing operation). */
    public Map<LockId, LockChange> entryReleases() {
        return entryReleases;
    }

    /** The fixpoint hit its iteration limit: results are partial. */
    public boolean incomplete() {
        return incomplete;
    }

    void markIncomplete() {
        incomplete = true;
    }

    @Override
    public void acquire(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, boolean tryLock,
            Step at, FunctionId via, List<Step> calleePath) {
        HeldLock held = before.must().get(lock);
        if (tryLock || held != null && held.own()) {
            return;
        }
        List<LockId> heldWith = new ArrayList<>();
        for (HeldLock h : before.must()) {
            if (InstanceOrder.sameClassOtherInstance(h, lock)) {
                heldWith.add(h.lock());
            }
        }
        InsideAcquire prior = insideAcquires.get(lock);
        if (prior != null && !infeasible.contains(lock)) {
            // the first path stays the witness; the instances held with it on other paths are added
            insideAcquires.put(lock, prior.withHeldWith(heldWith));
            return;
        }
        List<Step> path = new ArrayList<>(before.trail().steps());
        path.add(at);
        path.addAll(calleePath);
        boolean feasible = PathFacts.feasible(path);
        if (prior != null) {
            // the first path needs a condition both ways: a later feasible path to the same acquisition replaces it
            insideAcquires.put(lock, !feasible ? prior.withHeldWith(heldWith)
                    : new InsideAcquire(lock, mode, irq, path, before.releasedMay().asList(), heldWith)
                            .withHeldWith(prior.heldWith()));
        } else {
            insideAcquires.put(lock, new InsideAcquire(lock, mode, irq, path, before.releasedMay().asList(), heldWith));
        }
        if (feasible) {
            infeasible.remove(lock);
        } else {
            infeasible.add(lock);
        }
    }

    @Override
    public void release(FunctionId fn, LockState before, LockId lock, LockMode mode, IrqEffect irq, Step at,
            FunctionId via, List<Step> calleePath) {
        HeldLock held = before.must().get(lock);
        if (before.untouched(lock) || held != null && !held.own()) {
            entryReleases.putIfAbsent(lock, new LockChange(LockChange.Kind.RELEASE, lock, mode, irq, 1,
                    calleePath.isEmpty() ? at : calleePath.get(calleePath.size() - 1)));
        }
    }

    @Override
    public void call(FunctionId fn, LockState before, Call call, List<CallEffect> effects, Step at) {
        calls.add(new CallState(call, before));
        for (CallEffect e : effects) {
            for (Requirement r : e.requires()) {
                if (!before.held(r.lock()) && before.untouched(r.lock())) {
                    unmet.add(new UnmetRequirement(r, e.callee().name(), call, at, before));
                }
            }
        }
    }

    @Override
    public void access(FunctionId fn, LockState before, Access access, Step at) {
        accesses.add(new AccessRecord(access, at, before.must()));
    }

    @Override
    public void requirement(FunctionId fn, Requirement r) {
        requirements.merge(r.lock(), r, Requirement::meet);
    }

    @Override
    public void returns(FunctionId fn, ReturnPoint point) {
        returns.add(point);
    }
}
