package org.lockaudit.core.check;

import java.util.List;

import org.lockaudit.core.dataflow.CallEffect;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Requirement;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.summary.RequirementInheritance;

/**
 * {@code precondition-violation}: a call to a function that requires a lock (asserted in its body before it takes
 * the lock, or declared) on a path where the lock is not held, counting locks held by every caller of this
 * function (entry context). For an indirect call each candidate's requirement is checked. With
 * {@code inheritance}, a function that never touched the lock on the path passes the requirement on to its
 * callers when it has some ({@link RequirementInheritance}): the violation is reported at the caller that does not
 * hold the lock, not here.
 */
public final class PreconditionChecker implements Checker {
    private final FindingSink sink;
    private final RequirementInheritance inheritance;

    public PreconditionChecker(FindingSink sink) {
        this(sink, null);
    }

    public PreconditionChecker(FindingSink sink, RequirementInheritance inheritance) {
        this.sink = sink;
        this.inheritance = inheritance;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.PRECONDITION_VIOLATION;
    }

    @Override
    public void call(FunctionId fn, LockState before, Call call, List<CallEffect> effects, Step at) {
        for (CallEffect e : effects) {
            for (Requirement r : e.requires()) {
                if (before.held(r.lock()) || !r.reached(before, List.of())
                        || inheritance != null && inheritance.passesOn(fn, r, before, call)) {
                    continue;
                }
                Step where = r.where();
                String message = e.callee().name() + "() requires " + r.lock().display() + " held ("
                        + r.how() + (where != null ? " at " + where.location() : "") + "), but it is not held here"
                        + (before.maybeHeld(r.lock()) ? " on every path" : "");
                List<Step> path = Paths.to(before.maybeHeld(r.lock()) ? before.notHeldPath(r.lock()) : before.trail(), at,
                        List.of());
                sink.report(new Finding(kind(), at.file(), at.line(), fn.name(), List.of(r.lock().display()), message,
                        List.of(EvidencePath.of("path to the call", path),
                                EvidencePath.of("requirement in " + e.callee().name() + "()", r.evidence())),
                        null));
            }
        }
    }
}
