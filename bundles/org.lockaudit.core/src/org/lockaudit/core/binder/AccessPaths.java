package org.lockaudit.core.binder;

import org.eclipse.cdt.core.dom.ast.IASTArraySubscriptExpression;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;

/**
 * The binder's spelling of an access path: the expression a lock or a field is reached through, written from the
 * AST, never from the source text. {@code e->stats_lock} reads {@code e->stats_lock} whether it was written out or
 * came from {@code STAT_LOCK(e)}, so a macro pair and the plain calls it stands for name one instance; parentheses,
 * casts and blanks are dropped; subscripts are kept ({@code bucket[i]} and {@code bucket[j]} are two instances that
 * may alias, never the same one).
 *
 * <p>Limit: only variables, member chains, subscripts, {@code *}/{@code &}, literals and arithmetic on them are
 * spelt; anything else (a call, an assignment, a statement expression) gives null, the caller's unknown.
 */
public final class AccessPaths {
    private AccessPaths() {
    }

    /** The path {@code e} denotes, or null when it is not an access path. */
    public static String spell(IASTExpression e) {
        StringBuilder b = new StringBuilder();
        return spell(e, b, 0) ? b.toString() : null;
    }

    private static boolean spell(IASTInitializerClause clause, StringBuilder b, int depth) {
        if (depth > 32 || !(clause instanceof IASTExpression e)) {
            return false;
        }
        if (e instanceof IASTUnaryExpression u) {
            switch (u.getOperator()) {
                case IASTUnaryExpression.op_bracketedPrimary:
                    return spell(u.getOperand(), b, depth + 1);
                case IASTUnaryExpression.op_star:
                    b.append('*');
                    return spell(u.getOperand(), b, depth + 1);
                case IASTUnaryExpression.op_amper:
                    b.append('&');
                    return spell(u.getOperand(), b, depth + 1);
                case IASTUnaryExpression.op_minus:
                    b.append('-');
                    return spell(u.getOperand(), b, depth + 1);
                default:
                    return false;
            }
        }
        if (e instanceof IASTCastExpression c) {
            return spell(c.getOperand(), b, depth + 1);
        }
        if (e instanceof IASTIdExpression id) {
            b.append(id.getName().toString());
            return true;
        }
        if (e instanceof IASTLiteralExpression l) {
            b.append(String.valueOf(l.getValue()));
            return true;
        }
        if (e instanceof IASTFieldReference f) {
            if (!spell(f.getFieldOwner(), b, depth + 1)) {
                return false;
            }
            b.append(f.isPointerDereference() ? "->" : ".").append(f.getFieldName().toString());
            return true;
        }
        if (e instanceof IASTArraySubscriptExpression s) {
            if (!spell(s.getArrayExpression(), b, depth + 1)) {
                return false;
            }
            b.append('[');
            if (!spell(s.getArgument(), b, depth + 1)) {
                return false;
            }
            b.append(']');
            return true;
        }
        if (e instanceof IASTBinaryExpression x) {
            String op = operator(x.getOperator());
            if (op == null || !operand(x.getOperand1(), b, depth)) {
                return false;
            }
            b.append(op);
            return operand(x.getOperand2(), b, depth);
        }
        if (e instanceof IASTFunctionCallExpression) {
            return false;
        }
        return false;
    }

    /** An operand of a binary operator, parenthesised when it is itself one: {@code hv&((1<<n)-1)}. */
    private static boolean operand(IASTExpression e, StringBuilder b, int depth) {
        IASTExpression x = e;
        while (x instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_bracketedPrimary) {
            x = u.getOperand();
        }
        if (!(x instanceof IASTBinaryExpression)) {
            return spell(x, b, depth + 1);
        }
        b.append('(');
        boolean ok = spell(x, b, depth + 1);
        b.append(')');
        return ok;
    }

    private static String operator(int op) {
        return switch (op) {
            case IASTBinaryExpression.op_plus -> "+";
            case IASTBinaryExpression.op_minus -> "-";
            case IASTBinaryExpression.op_multiply -> "*";
            case IASTBinaryExpression.op_divide -> "/";
            case IASTBinaryExpression.op_modulo -> "%";
            case IASTBinaryExpression.op_binaryAnd -> "&";
            case IASTBinaryExpression.op_binaryOr -> "|";
            case IASTBinaryExpression.op_binaryXor -> "^";
            case IASTBinaryExpression.op_shiftLeft -> "<<";
            case IASTBinaryExpression.op_shiftRight -> ">>";
            default -> null;
        };
    }
}
