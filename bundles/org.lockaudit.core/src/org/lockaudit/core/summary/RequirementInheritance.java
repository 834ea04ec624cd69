package org.lockaudit.core.summary;

import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.dataflow.FunctionFlow;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Requirement;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.CallSite;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * A callee's lock requirement passed on to the callers of a function that calls it without the lock. In Xen,
 * {@code pci_get_real_pdev()} calls {@code pci_get_pdev(NULL, ..)}, which asserts {@code pcidevs_locked()}, and takes
 * no lock itself: the requirement is its callers' (both hold {@code pcidevs_lock}), not a violation inside it. So a
 * requirement not met at a call, on a path where the function never took or released the lock, becomes the
 * function's own ({@link SummaryComputer}: part of its summary, checked at its calls), and the
 * {@code precondition-violation} is reported where it can go no further: in a function no other function calls
 * (an entry point, a thread routine, a library function called from outside only), or where the lock is one the
 * callers cannot name (a lock of a local object: {@code desc = irq_to_desc(irq); set_affinity(desc)}).
 *
 * <p>Heuristics and limits: the analysed tree is the whole program (closed world): a function with callers in the
 * tree passes the requirement on even when it is also called from outside it (a library's API function that its
 * own code calls too: its outside callers are not checked); a recursive component passes it on when something
 * outside calls into it, and is where it stops otherwise; a call through a pointer reaches the requirement only where the call graph resolved it
 * (an ops-table target's unresolved callers are not checked), and the caller of an indirect call passes a
 * candidate's requirement on only for a lock of an object it names (see {@link #passesThrough}).
 */
public final class RequirementInheritance {
    private final CallGraph callGraph;
    private final ArgumentMapping mapping;

    public RequirementInheritance(CallGraph callGraph) {
        this.callGraph = callGraph;
        this.mapping = new ArgumentMapping(callGraph.program());
    }

    /** The requirements {@code f} takes over from its callees (its own assertions are the flow's). */
    public List<Requirement> inherited(Function fn, FunctionFlow flow) {
        List<Requirement> out = new ArrayList<>();
        for (FunctionFlow.UnmetRequirement u : flow.unmetRequirements()) {
            Requirement r = u.requirement();
            if (passesThrough(u.call(), r) && r.reached(u.before(), fn.getParameters()) && mapping.nameableOnEntry(r.lock(), fn)) {
                out.add(r.inheritedAt(u.at(), u.callee(), fn.getParameters()));
            }
        }
        return out;
    }

    /**
     * Whether {@code f}, at a call where {@code r} is not met, passes it on to its callers instead of violating it:
     * the path never touched the lock, its callers can name it, the call passes it through, and some function
     * outside {@code f}'s recursive component calls into it.
     */
    public boolean passesOn(FunctionId f, Requirement r, LockState before, Call call) {
        Function fn = callGraph.program().function(f);
        return fn != null && passesThrough(call, r) && before.untouched(r.lock()) && mapping.nameableOnEntry(r.lock(), fn)
                && calledFromOutside(callGraph, f);
    }

    /**
     * Whether a requirement passes on through {@code call}: always through a direct call; through a call by pointer
     * only when the lock is the instance of an object the caller names through its parameters (an interrupt
     * controller's {@code disable(desc)} expects {@code desc->lock} held: the ops table's contract on the object it
     * is given). Heuristic and limit: a call through a pointer is resolved to every function stored in that field
     * (an emulator's or a device model's ops table: dozens), so a global lock one of them requires, climbing through
     * the caller, would reach every path into the dispatcher: it is reported at the indirect call instead.
     */
    private static boolean passesThrough(Call call, Requirement r) {
        return call != null && (call.getCallee() != null || r.lock().kind() == LockId.Kind.MEMBER
                || r.lock().kind() == LockId.Kind.PARAMETER);
    }

    /**
     * Whether a function outside {@code f}'s recursive component calls into that component in {@code callGraph}:
     * what decides, besides the path, whether {@code f} passes requirements on (inside a component they pass from
     * member to member to its callers: Xen's {@code map_me_phantom_function()} and its quirk caller are reached
     * from the context-mapping functions they call). An incremental update re-checks a function for which this
     * changed.
     */
    public static boolean calledFromOutside(CallGraph callGraph, FunctionId f) {
        Integer own = callGraph.componentIndex().get(f);
        if (own == null) {
            return !callGraph.callersOf(f).isEmpty();
        }
        for (FunctionId member : callGraph.bottomUpComponents().get(own)) {
            for (CallSite s : callGraph.callersOf(member)) {
                if (!own.equals(callGraph.componentIndex().get(s.caller()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
