package org.lockaudit.core.check;

import java.util.List;

import org.lockaudit.core.dataflow.CallEffect;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Requirement;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.program.FunctionId;

/**
 * {@code precondition-violation}: a call to a function that requires a lock (asserted in its body before it takes
 * the lock, or declared) on a path where the lock is not held, counting locks held by every caller of this
 * function (entry context). For an indirect call each candidate's requirement is checked.
 */
public final class PreconditionChecker implements Checker {
    private final FindingSink sink;

    public PreconditionChecker(FindingSink sink) {
        this.sink = sink;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.PRECONDITION_VIOLATION;
    }

    /**
     * Whether the callee's assertion is reached with this call's arguments: a requirement on an argument's truth
     * ({@code pci_get_pdev(d, ..)} needs the lock only when {@code d} is NULL; a function that returns early on a
     * zero count asserts only for the others) counts where the caller's path gives the argument that truth.
     * Heuristic and limit: an argument the path knows nothing of is taken as non-zero, a pointer as not NULL (a
     * caller that may pass NULL without the lock is missed; one that may pass a zero count is reported).
     */
    private static boolean reached(Requirement r, LockState before) {
        for (java.util.Map.Entry<String, Boolean> e : r.when().entrySet()) {
            Boolean known = before.locals().get(e.getKey());
            if (!e.getValue().equals(known != null ? known : Boolean.TRUE)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void call(FunctionId fn, LockState before, Call call, List<CallEffect> effects, Step at) {
        for (CallEffect e : effects) {
            for (Requirement r : e.requires()) {
                if (before.held(r.lock()) || !reached(r, before)) {
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
