package org.lockaudit.core.extract;

import org.eclipse.cdt.core.dom.ast.IASTArraySubscriptExpression;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;

/**
 * The text of an expression as the compiler sees it after macro expansion, for the tests a macro's body makes:
 * inside an expansion CDT's raw text is the whole invocation ({@code zlog_category_needless_level(c, l)} for each of
 * {@code c}, {@code zlog_env_conf->level > l} and the bitmap test of its body), so a path showing two of them would
 * name one text false then true. Written from the AST: names, literals, member and element accesses, unary and
 * binary operators, calls (arguments included), casts dropped, followed by the macro's name. Only a part of an
 * expansion is written so: a test that is the whole expansion ({@code if (has_vpic(d))}) keeps the invocation's
 * text, which says more to its reader. Limit: anything else (a statement expression, a
 * conditional, a {@code sizeof}) gives no text, and the caller keeps the invocation's; longer than
 * {@link #MAX_LENGTH} likewise.
 */
final class ExpandedText {
    static final int MAX_LENGTH = 120;

    private ExpandedText() {
    }

    /** The expanded text of {@code e} and the macro it is written in ({@code a > b (in skip)}), or null. */
    static String of(IASTExpression e) {
        StringBuilder b = new StringBuilder();
        return write(e, b) && b.length() <= MAX_LENGTH ? b + " (in " + Ast.macro(e) + ")" : null;
    }

    /**
     * The text of {@code e} as written where it is written in the source, and as expanded where it comes from a
     * macro's expansion ({@code irq_stat[smp_processor_id()]} inside {@code irq_enter()}, whose source text is the
     * invocation), without its outer parentheses; null when it cannot be written.
     */
    static String source(IASTExpression e) {
        if (Ast.macro(e) == null) {
            return Ast.text(e);
        }
        StringBuilder b = new StringBuilder();
        return write(Ast.parens(e), b) && b.length() <= MAX_LENGTH ? b.toString() : null;
    }

    /**
     * Whether {@code e} is a part of a macro's expansion rather than the whole of it: its parent (parentheses
     * skipped) is an expression of the same invocation.
     */
    static boolean insideExpansion(IASTExpression e, java.util.Set<String> transparent) {
        String macro = Ast.macro(e);
        if (macro == null) {
            return false;
        }
        IASTNode n = e;
        IASTNode p = e.getParent();
        // up through what a test's truth passes unchanged or inverted (parentheses, casts, !, == 0, likely())
        while (p instanceof IASTUnaryExpression u && (u.getOperator() == IASTUnaryExpression.op_bracketedPrimary
                || u.getOperator() == IASTUnaryExpression.op_not)
                || p instanceof IASTCastExpression
                || p instanceof IASTBinaryExpression b && (b.getOperator() == IASTBinaryExpression.op_equals
                        || b.getOperator() == IASTBinaryExpression.op_notequals)
                        && (Ast.isZero(b.getOperand1()) || Ast.isZero(b.getOperand2()))
                || p instanceof IASTFunctionCallExpression c && Ast.calleeName(c) != null
                        && transparent.contains(Ast.calleeName(c)) && c.getArguments().length >= 1
                        && c.getArguments()[0] == n) {
            n = p;
            p = p.getParent();
        }
        return p instanceof IASTExpression pe && macro.equals(Ast.macro(pe)) && Ast.text(pe).equals(Ast.text(e));
    }

    private static boolean write(IASTInitializerClause c, StringBuilder b) {
        if (b.length() > MAX_LENGTH) {
            return false;
        }
        if (c instanceof IASTIdExpression id) {
            b.append(id.getName());
            return true;
        }
        if (c instanceof IASTLiteralExpression l) {
            b.append(l.getValue());
            return true;
        }
        if (c instanceof IASTFieldReference f) {
            if (!write(f.getFieldOwner(), b)) {
                return false;
            }
            b.append(f.isPointerDereference() ? "->" : ".").append(f.getFieldName());
            return true;
        }
        if (c instanceof IASTArraySubscriptExpression a) {
            if (!write(a.getArrayExpression(), b)) {
                return false;
            }
            b.append('[');
            if (!write(a.getArgument(), b)) {
                return false;
            }
            b.append(']');
            return true;
        }
        if (c instanceof IASTCastExpression cast) {
            return write(cast.getOperand(), b);
        }
        if (c instanceof IASTFunctionCallExpression call) {
            if (!write(call.getFunctionNameExpression(), b)) {
                return false;
            }
            b.append('(');
            IASTInitializerClause[] args = call.getArguments();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                if (!write(args[i], b)) {
                    return false;
                }
            }
            b.append(')');
            return true;
        }
        if (c instanceof IASTUnaryExpression u) {
            String op = unary(u.getOperator());
            if (op == null) {
                return false;
            }
            boolean postfix = u.getOperator() == IASTUnaryExpression.op_postFixIncr
                    || u.getOperator() == IASTUnaryExpression.op_postFixDecr;
            if (u.getOperator() == IASTUnaryExpression.op_bracketedPrimary) {
                b.append('(');
                if (!write(u.getOperand(), b)) {
                    return false;
                }
                b.append(')');
                return true;
            }
            if (!postfix) {
                b.append(op);
            }
            if (!write(u.getOperand(), b)) {
                return false;
            }
            if (postfix) {
                b.append(op);
            }
            return true;
        }
        if (c instanceof IASTBinaryExpression x) {
            String op = binary(x.getOperator());
            if (op == null || !write(x.getOperand1(), b)) {
                return false;
            }
            b.append(' ').append(op).append(' ');
            return write(x.getOperand2(), b);
        }
        return false;
    }

    private static String unary(int op) {
        return switch (op) {
            case IASTUnaryExpression.op_bracketedPrimary -> "()";
            case IASTUnaryExpression.op_not -> "!";
            case IASTUnaryExpression.op_minus -> "-";
            case IASTUnaryExpression.op_plus -> "+";
            case IASTUnaryExpression.op_tilde -> "~";
            case IASTUnaryExpression.op_star -> "*";
            case IASTUnaryExpression.op_amper -> "&";
            case IASTUnaryExpression.op_prefixIncr, IASTUnaryExpression.op_postFixIncr -> "++";
            case IASTUnaryExpression.op_prefixDecr, IASTUnaryExpression.op_postFixDecr -> "--";
            default -> null;
        };
    }

    private static String binary(int op) {
        return switch (op) {
            case IASTBinaryExpression.op_multiply -> "*";
            case IASTBinaryExpression.op_divide -> "/";
            case IASTBinaryExpression.op_modulo -> "%";
            case IASTBinaryExpression.op_plus -> "+";
            case IASTBinaryExpression.op_minus -> "-";
            case IASTBinaryExpression.op_shiftLeft -> "<<";
            case IASTBinaryExpression.op_shiftRight -> ">>";
            case IASTBinaryExpression.op_lessThan -> "<";
            case IASTBinaryExpression.op_greaterThan -> ">";
            case IASTBinaryExpression.op_lessEqual -> "<=";
            case IASTBinaryExpression.op_greaterEqual -> ">=";
            case IASTBinaryExpression.op_binaryAnd -> "&";
            case IASTBinaryExpression.op_binaryXor -> "^";
            case IASTBinaryExpression.op_binaryOr -> "|";
            case IASTBinaryExpression.op_logicalAnd -> "&&";
            case IASTBinaryExpression.op_logicalOr -> "||";
            case IASTBinaryExpression.op_equals -> "==";
            case IASTBinaryExpression.op_notequals -> "!=";
            default -> null;
        };
    }
}
