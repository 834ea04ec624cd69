package org.lockaudit.core.check;

import java.util.List;

import org.lockaudit.core.dataflow.CallEffect;
import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.DeclaredLockEffect;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.Program;

/**
 * {@code precondition-violation} for declared exclusions: a call to a function declared {@code EXCLUDES(mu)} /
 * {@code locks_excluded} / {@code __must_not_hold(mu)} on a path where {@code mu} is held (Clang: "cannot call
 * function while mutex is held"; the callee takes the lock itself and would deadlock). The declared lock is matched
 * by name against the held locks' canonical ids.
 */
public final class ExcludesChecker implements Checker {
    private final FindingSink sink;
    private final Program program;

    public ExcludesChecker(FindingSink sink, Program program) {
        this.sink = sink;
        this.program = program;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.PRECONDITION_VIOLATION;
    }

    @Override
    public void call(FunctionId fn, LockState before, Call call, List<CallEffect> effects, Step at) {
        if (call.getCallee() == null) {
            return;
        }
        for (DeclaredLockEffect d : program.declaredEffects(call.getCallee())) {
            if (d.getOp() != LockOpKind.ASSERT_NOT_HELD || d.getLock() == null) {
                continue;
            }
            String name = d.getLock().replaceAll("^[&(]+|\\)+$", "").replaceAll("\\s+", "").replace("->", ".");
            for (HeldLock h : before.must()) {
                String c = h.lock().canonical();
                if (!c.equals(name) && !c.endsWith("#" + name)) {
                    continue;
                }
                sink.report(new Finding(kind(), at.file(), at.line(), fn.name(), List.of(h.lock().display()),
                        call.getCallee() + "() excludes " + h.lock().display() + " (declared at "
                                + Paths.shortName(d.getFile()) + ":" + d.getLine() + "), but it is held here",
                        List.of(EvidencePath.of("path to the call", Paths.to(before.trail(), at, List.of()))), null));
            }
        }
    }
}
