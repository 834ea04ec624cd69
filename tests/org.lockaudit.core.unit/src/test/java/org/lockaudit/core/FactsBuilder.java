package org.lockaudit.core;

import java.util.List;

import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Condition;
import org.lockaudit.core.facts.ConditionKind;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.FactsFactory;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.LockRef;
import org.lockaudit.core.facts.OpsBinding;
import org.lockaudit.core.facts.Return;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * A tiny DSL that builds facts the way the extractor's contract describes them (docs/facts-model.md), so the
 * dataflow can be tested without parsing C. Nodes are numbered in creation order; {@link Fn#done()} adds the exit
 * node and links every node holding a {@code Return} to it.
 */
public final class FactsBuilder {
    static final FactsFactory F = FactsFactory.eINSTANCE;

    public final TranslationUnitFacts tu;

    public FactsBuilder(String path) {
        tu = F.createTranslationUnitFacts();
        tu.setPath(path);
    }

    public Fn fn(String name, String... params) {
        return new Fn(name, false, params);
    }

    public Fn staticFn(String name, String... params) {
        return new Fn(name, true, params);
    }

    public FactsBuilder ops(String field, String target) {
        OpsBinding b = F.createOpsBinding();
        b.setField(field);
        b.setTarget(target);
        b.setFile(tu.getPath());
        tu.getOpsBindings().add(b);
        return this;
    }

    public final class Fn {
        final Function fn = F.createFunction();

        Fn(String name, boolean isStatic, String... params) {
            fn.setName(name);
            fn.setFile(tu.getPath());
            fn.setStatic(isStatic);
            fn.getParameters().addAll(List.of(params));
        }

        /** Adds a node with these events; returns its id. */
        public int node(Event... events) {
            CfgNode n = F.createCfgNode();
            n.setId(fn.getNodes().size());
            n.getEvents().addAll(List.of(events));
            fn.getNodes().add(n);
            return n.getId();
        }

        public Fn edge(int from, int... to) {
            for (int t : to) {
                fn.getNodes().get(from).getSuccessors().add(t);
            }
            return this;
        }

        /** Links nodes {@code a, a+1, ... b} in a chain. */
        public Fn chain(int a, int b) {
            for (int i = a; i < b; i++) {
                edge(i, i + 1);
            }
            return this;
        }

        public Fn branch(int from, Condition c, int whenTrue, int whenFalse) {
            fn.getNodes().get(from).setBranch(c);
            return edge(from, whenTrue, whenFalse);
        }

        public FactsBuilder done() {
            int exit = node();
            fn.setExitNode(exit);
            for (CfgNode n : fn.getNodes()) {
                if (n.getEvents().stream().anyMatch(e -> e instanceof Return) && n.getSuccessors().isEmpty()) {
                    n.getSuccessors().add(exit);
                }
            }
            tu.getFunctions().add(fn);
            return FactsBuilder.this;
        }
    }

    public static LockRef global(String name) {
        LockRef r = F.createLockRef();
        r.setKind(LockKind.GLOBAL);
        r.setName(name);
        r.setExpression("&" + name);
        return r;
    }

    public static LockRef member(String owner, String field, String base) {
        LockRef r = F.createLockRef();
        r.setKind(LockKind.MEMBER);
        r.setOwnerType(owner);
        r.setName(field);
        r.setBase(base);
        r.setExpression("&" + base + "->" + field);
        return r;
    }

    public static LockOperation op(LockOpKind kind, LockRef lock, LockMode mode, IrqEffect irq, String api, int line) {
        LockOperation o = F.createLockOperation();
        o.setOp(kind);
        o.setLock(lock);
        o.setMode(mode);
        o.setIrq(irq);
        o.setApi(api);
        o.setLine(line);
        return o;
    }

    public static LockOperation lock(String global, int line) {
        return op(LockOpKind.ACQUIRE, global(global), LockMode.EXCLUSIVE, IrqEffect.NONE, "spin_lock", line);
    }

    public static LockOperation unlock(String global, int line) {
        return op(LockOpKind.RELEASE, global(global), LockMode.EXCLUSIVE, IrqEffect.NONE, "spin_unlock", line);
    }

    public static LockOperation tryLock(String global, int line, String resultVariable) {
        LockOperation o = op(LockOpKind.TRY_ACQUIRE, global(global), LockMode.EXCLUSIVE, IrqEffect.NONE, "spin_trylock", line);
        o.setResultVariable(resultVariable);
        return o;
    }

    public static LockOperation isLocked(String global, int line) {
        return op(LockOpKind.IS_HELD, global(global), LockMode.EXCLUSIVE, IrqEffect.NONE, "spin_is_locked", line);
    }

    public static Call call(String callee, int line, String... args) {
        Call c = F.createCall();
        c.setCallee(callee);
        c.setLine(line);
        c.getArguments().addAll(List.of(args));
        return c;
    }

    public static Call indirect(String viaField, int line, String... args) {
        Call c = F.createCall();
        c.setViaField(viaField);
        c.setLine(line);
        c.getArguments().addAll(List.of(args));
        return c;
    }

    public static Call noReturn(String callee, int line) {
        Call c = call(callee, line);
        c.setNoReturn(true);
        return c;
    }

    public static Return ret(int line) {
        Return r = F.createReturn();
        r.setLine(line);
        return r;
    }

    public static Return retConst(int line, long value) {
        Return r = ret(line);
        r.setValue(Long.toString(value));
        r.setConstant(true);
        r.setConstantValue(value);
        return r;
    }

    public static Return retVar(int line, String var) {
        Return r = ret(line);
        r.setValue(var);
        r.setVariable(var);
        return r;
    }

    public static Return retResultOf(int line, int eventIndex, boolean negated) {
        Return r = ret(line);
        r.setValue("result");
        r.setResultOf(eventIndex);
        r.setNegated(negated);
        return r;
    }

    public static Condition callResult(int eventIndex, boolean negated, String text, int line) {
        Condition c = F.createCondition();
        c.setKind(ConditionKind.CALL_RESULT);
        c.setEventIndex(eventIndex);
        c.setNegated(negated);
        c.setText(text);
        c.setLine(line);
        return c;
    }

    public static Condition assertion(int eventIndex, int line) {
        Condition c = callResult(eventIndex, true, "!(held)", line);
        c.setAssertion(true);
        return c;
    }

    public static Condition variable(String v, boolean negated, int line) {
        Condition c = F.createCondition();
        c.setKind(ConditionKind.VARIABLE);
        c.setVariable(v);
        c.setNegated(negated);
        c.setText(negated ? "!" + v : v);
        c.setLine(line);
        return c;
    }

    public static Condition other(String text, int line) {
        Condition c = F.createCondition();
        c.setKind(ConditionKind.OTHER);
        c.setText(text);
        c.setLine(line);
        return c;
    }

    static Event[] events(Event... e) {
        return e;
    }
}
