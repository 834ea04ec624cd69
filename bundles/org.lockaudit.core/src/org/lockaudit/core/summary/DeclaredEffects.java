package org.lockaudit.core.summary;

import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.dataflow.LockChange;
import org.lockaudit.core.dataflow.Requirement;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.DeclaredLockEffect;
import org.lockaudit.core.facts.GlobalVariable;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;
import org.lockaudit.core.program.Program;

/**
 * Lock effects declared on function declarations ({@code __acquires}, {@code __releases}, {@code __must_hold},
 * capability attributes, configuration). A function with a body is summarised from its body, and its declared
 * requirements are added; a function without one is summarised from its declarations alone.
 *
 * <p>Limit: a declared lock is named by text; {@code &x->f} style names whose owner type is not written cannot be
 * matched to member locks (only {@code owner.field}, globals and parameters' members are understood).
 */
public final class DeclaredEffects {
    private final Program program;

    public DeclaredEffects(Program program) {
        this.program = program;
    }

    public List<Requirement> requirements(String function, List<String> parameters) {
        List<Requirement> out = new ArrayList<>();
        for (DeclaredLockEffect d : program.declaredEffects(function)) {
            LockId l = lock(d.getLock(), d.getFile(), parameters);
            if (l != null && (d.getOp() == org.lockaudit.core.facts.LockOpKind.ASSERT_HELD
                    || d.getOp() == org.lockaudit.core.facts.LockOpKind.IS_HELD)) {
                out.add(new Requirement(l, d.getMode(), "declared",
                        List.of(new Step(d.getFile(), d.getLine(), "declares that " + l.display() + " must be held",
                                org.lockaudit.core.dataflow.HeldLockSet.EMPTY))));
            }
        }
        return out;
    }

    /** The summary of a function known only by its declarations, or null. */
    public FunctionSummary bodiless(String function) {
        List<DeclaredLockEffect> decls = program.declaredEffects(function);
        if (decls.isEmpty()) {
            return null;
        }
        List<LockChange> changes = new ArrayList<>();
        List<LockChange> onSuccess = new ArrayList<>();
        List<LockChange> maybe = new ArrayList<>();
        List<String> params = new ArrayList<>();
        for (DeclaredLockEffect d : decls) {
            java.util.regex.Matcher pm = PARAM.matcher(d.getLock() == null ? "" : d.getLock());
            if (pm.matches()) {
                int idx = Integer.parseInt(pm.group(2));
                while (params.size() <= idx) {
                    params.add("?" + params.size());
                }
                params.set(idx, pm.group(1));
            }
        }
        for (DeclaredLockEffect d : decls) {
            LockId l = lock(d.getLock(), d.getFile(), params);
            if (l == null) {
                continue;
            }
            Step at = new Step(d.getFile(), d.getLine(), "declared", org.lockaudit.core.dataflow.HeldLockSet.EMPTY);
            LockMode mode = d.getMode() == null ? LockMode.EXCLUSIVE : d.getMode();
            switch (d.getOp()) {
                case ACQUIRE -> changes.add(new LockChange(LockChange.Kind.ACQUIRE, l, mode, IrqEffect.NONE, 1, at));
                case RELEASE -> changes.add(new LockChange(LockChange.Kind.RELEASE, l, mode, IrqEffect.NONE, 1, at));
                case TRY_ACQUIRE -> {
                    onSuccess.add(new LockChange(LockChange.Kind.ACQUIRE, l, mode, IrqEffect.NONE, 1, at));
                    maybe.add(new LockChange(LockChange.Kind.MAY_ACQUIRE, l, mode, IrqEffect.NONE, 1, at));
                }
                default -> {
                }
            }
        }
        if (!onSuccess.isEmpty()) { // a declared try-lock: non-zero (true) when it took the lock
            List<LockChange> nz = new ArrayList<>(changes);
            nz.addAll(onSuccess);
            List<LockChange> any = new ArrayList<>(changes);
            any.addAll(maybe);
            return new FunctionSummary(new FunctionId(function, null), params, changes, nz, any,
                    requirements(function, params), null, false, List.of(), List.of(), null, null);
        }
        return new FunctionSummary(new FunctionId(function, null), params, changes, changes, changes,
                requirements(function, params), null, false, List.of(), List.of(), null, null);
    }

    /** A declared lock that is the function's parameter: {@code name@index} (see DeclaredFacts). */
    private static final java.util.regex.Pattern PARAM = java.util.regex.Pattern.compile("([A-Za-z_]\\w*)@(\\d+)");

    private LockId lock(String text, String file, List<String> parameters) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher pm = PARAM.matcher(text);
        if (pm.matches()) {
            return LockId.of(LockId.Kind.PARAMETER, pm.group(1), null, null);
        }
        String t = LockId.normaliseBase(text);
        if (t.matches("[A-Za-z_]\\w*")) {
            GlobalVariable g = program.global(t, file);
            if (g != null) {
                return LockId.global(g.getName(), g.isStatic() ? g.getFile() : null);
            }
            return parameters.contains(t) ? LockId.of(LockId.Kind.PARAMETER, t, null, null) : LockId.global(t, null);
        }
        if (t.matches("[A-Za-z_]\\w*\\.[A-Za-z_][\\w.]*")) {
            int dot = t.indexOf('.');
            String owner = t.substring(0, dot);
            if (!parameters.contains(owner) && program.global(owner, file) == null) {
                return LockId.member(owner, t.substring(dot + 1), null);
            }
        }
        return null;
    }
}
