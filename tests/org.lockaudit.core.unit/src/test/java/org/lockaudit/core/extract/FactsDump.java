package org.lockaudit.core.extract;

import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Condition;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.Label;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.LockRef;
import org.lockaudit.core.facts.Return;

/** Human-readable dump of a function's graph, for failure messages. */
final class FactsDump {
    private FactsDump() {
    }

    static String lockId(LockRef r) {
        if (r == null) {
            return "?";
        }
        return switch (r.getKind()) {
            case GLOBAL -> r.getName();
            case MEMBER -> r.getOwnerType() + "." + r.getName();
            case LOCAL -> "local:" + r.getName();
            case PARAMETER -> "param:" + r.getName();
            default -> "?:" + r.getName();
        };
    }

    static String event(Event e) {
        String s;
        if (e instanceof LockOperation op) {
            s = op.getOp() + " " + lockId(op.getLock()) + " " + op.getMode() + " irq=" + op.getIrq()
                    + (op.isSuccessWhenNonZero() ? "" : " success=0")
                    + (op.getResultVariable() != null ? " ->" + op.getResultVariable() : "") + " api=" + op.getApi();
        } else if (e instanceof Access a) {
            s = a.getKind() + " " + a.getTarget() + (a.isGlobal() ? " global" : "") + " base=" + a.getBase();
        } else if (e instanceof Call c) {
            s = "CALL " + (c.getCallee() != null ? c.getCallee() : "via " + c.getViaField()) + c.getArguments()
                    + (c.isNoReturn() ? " NORETURN" : "") + (c.getResultVariable() != null ? " ->"
                            + c.getResultVariable() : "");
        } else if (e instanceof Return r) {
            s = "RETURN " + r.getValue() + (r.getResultOf() >= 0 ? " resultOf=" + r.getResultOf() : "")
                    + (r.isNegated() ? " negated" : "") + (r.getVariable() != null ? " var=" + r.getVariable() : "")
                    + (r.isConstant() ? " const=" + r.getConstantValue() : "");
        } else if (e instanceof Label l) {
            s = "LABEL " + l.getName();
        } else {
            s = String.valueOf(e);
        }
        return "L" + e.getLine() + " " + s + (e.getMacro() != null ? " [" + e.getMacro() + "]" : "")
                + (e.getFile() != null ? " {" + e.getFile() + "}" : "");
    }

    static String function(Function f) {
        StringBuilder b = new StringBuilder();
        b.append(f.getName()).append(" ").append(f.getFile()).append(":").append(f.getStartLine()).append("-")
                .append(f.getEndLine()).append(f.isProblem() ? " PROBLEM" : "").append(" exit=")
                .append(f.getExitNode()).append('\n');
        for (CfgNode n : f.getNodes()) {
            b.append("  n").append(n.getId()).append(" -> ").append(n.getSuccessors());
            Condition c = n.getBranch();
            if (c != null) {
                b.append(" if ").append(c.getKind()).append(c.isNegated() ? " !" : " ").append("(")
                        .append(c.getText()).append(")").append(c.getEventIndex() >= 0 ? " ev=" + c.getEventIndex()
                                : "")
                        .append(c.getVariable() != null ? " var=" + c.getVariable() : "")
                        .append(c.isAssertion() ? " ASSERTION" : "").append(" L").append(c.getLine());
            }
            b.append('\n');
            for (Event e : n.getEvents()) {
                b.append("      ").append(event(e)).append('\n');
            }
        }
        return b.toString();
    }
}
