package org.lockaudit.core.concurrency;

import java.util.List;
import java.util.Set;

import org.lockaudit.core.check.Checker;
import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingKind;
import org.lockaudit.core.check.FindingSink;
import org.lockaudit.core.check.Paths;
import org.lockaudit.core.dataflow.CallEffect;
import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.ReturnPoint;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.lockapi.LockApi;
import org.lockaudit.core.program.FunctionId;

/**
 * {@code thread-exit-holding}: a thread ends while it holds a lock it took: a call to {@code pthread_exit} /
 * {@code thrd_exit} (lock-API {@code threadExit}) with a lock held on every path there, or a return from a thread
 * start routine ({@link ThreadRoots}) holding one. Nobody can release it any more: every other thread that takes it
 * blocks forever. Locks only held by the callers' contexts count at the exit call too (the thread still holds them).
 */
public final class ThreadExitChecker implements Checker {
    private final FindingSink sink;
    private final Set<FunctionId> roots;
    private final LockApi api;

    public ThreadExitChecker(FindingSink sink, Set<FunctionId> roots, LockApi api) {
        this.sink = sink;
        this.roots = roots;
        this.api = api;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.THREAD_EXIT_HOLDING;
    }

    @Override
    public void call(FunctionId fn, LockState before, Call call, List<CallEffect> effects, Step at) {
        if (api.isThreadExit(call.getCallee())) {
            report(fn, before, at, "the thread exits (" + call.getCallee() + "())");
        }
    }

    @Override
    public void returns(FunctionId fn, ReturnPoint point) {
        if (roots.contains(fn)) {
            report(fn, point.state(), point.step(), "thread start routine " + fn.name() + "() returns");
        }
    }

    private void report(FunctionId fn, LockState state, Step at, String what) {
        for (HeldLock h : state.must()) {
            if (!h.own() && h.entry() != HeldLock.EntryHold.CONTEXT) {
                continue;
            }
            sink.report(new Finding(kind(), at.file(), at.line(), fn.name(), List.of(h.lock().display()),
                    what + " holding " + h.lock().display() + (h.own() ? " (acquired at "
                            + Paths.where(h.acquiredAt()) + ")" : " (held by its callers)")
                            + ": no one can release it, other threads taking it block forever",
                    List.of(EvidencePath.of("path", Paths.to(h.own() ? h.acquiredAt() : state.trail(), at, List.of()))),
                    null));
        }
    }
}
