package org.lockaudit.core.extract;

import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTMacroExpansionLocation;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNodeLocation;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.IFunction;
import org.eclipse.cdt.core.dom.ast.IParameter;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.IVariable;

/** Small, stateless helpers over CDT AST nodes. */
final class Ast {
    private Ast() {
    }

    static int line(IASTNode n) {
        IASTFileLocation l = n == null ? null : n.getFileLocation();
        return l == null ? 0 : l.getStartingLineNumber();
    }

    static int offset(IASTNode n) {
        IASTFileLocation l = n == null ? null : n.getFileLocation();
        return l == null ? -1 : l.getNodeOffset();
    }

    static int endOffset(IASTNode n) {
        IASTFileLocation l = n == null ? null : n.getFileLocation();
        return l == null ? -1 : l.getNodeOffset() + l.getNodeLength();
    }

    static String file(IASTNode n) {
        IASTFileLocation l = n == null ? null : n.getFileLocation();
        return l == null ? null : l.getFileName();
    }

    /** Name of the outermost macro expansion the node comes from, or null. */
    static String macro(IASTNode n) {
        IASTNodeLocation[] locs = n.getNodeLocations();
        if (locs.length > 0 && locs[0] instanceof IASTMacroExpansionLocation m) {
            return m.getExpansion().getMacroReference().toString();
        }
        return null;
    }

    /** Source text as written (with macro invocations, not their expansions), whitespace collapsed. */
    static String text(IASTNode n) {
        return n == null ? null : raw(n).replaceAll("\\s+", " ").trim();
    }

    /**
     * {@link IASTNode#getRawSignature()}, or "" where CDT cannot compute it: it throws for some nodes whose
     * location map is inconsistent (found by fuzzing: a NegativeArraySizeException in LocationCtxContainer for
     * macro expansions after redefinitions across unbalanced directives).
     */
    static String raw(IASTNode n) {
        try {
            return n.getRawSignature();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Strips parentheses. */
    static IASTExpression parens(IASTExpression e) {
        while (e instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_bracketedPrimary) {
            e = u.getOperand();
        }
        return e;
    }

    /** Strips parentheses and casts. */
    static IASTExpression parensCasts(IASTExpression e) {
        while (true) {
            e = parens(e);
            if (e instanceof IASTCastExpression c) {
                e = c.getOperand();
            } else {
                return e;
            }
        }
    }

    static String calleeName(IASTFunctionCallExpression call) {
        return parens(call.getFunctionNameExpression()) instanceof IASTIdExpression id ? id.getName().toString()
                : null;
    }

    /** The value of an integer literal, possibly negated or parenthesised / cast ({@code ((void *)0)}), or null. */
    static Long constant(IASTExpression e) {
        e = parensCasts(e);
        if (e instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_minus) {
            Long v = constant(u.getOperand());
            return v == null ? null : -v;
        }
        if (e instanceof IASTLiteralExpression lit && lit.getKind() == IASTLiteralExpression.lk_integer_constant) {
            String s = new String(lit.getValue()).toLowerCase().replaceAll("[ul]+$", "");
            try {
                if (s.startsWith("0x")) {
                    return Long.parseUnsignedLong(s.substring(2), 16);
                } else if (s.startsWith("0b")) {
                    return Long.parseUnsignedLong(s.substring(2), 2);
                } else if (s.length() > 1 && s.startsWith("0")) {
                    return Long.parseUnsignedLong(s.substring(1), 8);
                }
                return Long.parseLong(s);
            } catch (NumberFormatException x) {
                return null;
            }
        }
        if (e instanceof IASTIdExpression id
                && id.getName().resolveBinding() instanceof org.eclipse.cdt.core.dom.ast.IEnumerator en) {
            try {
                Number n = en.getValue() == null ? null : en.getValue().numberValue();
                return n == null ? null : n.longValue(); // thrd_success, an enum constant
            } catch (RuntimeException x) {
                return null;
            }
        }
        if (e instanceof IASTLiteralExpression lit && lit.getKind() == IASTLiteralExpression.lk_true) {
            return 1L;
        }
        if (e instanceof IASTLiteralExpression lit && lit.getKind() == IASTLiteralExpression.lk_false) {
            return 0L;
        }
        return null;
    }

    static boolean isZero(IASTExpression e) {
        Long v = constant(e);
        return v != null && v == 0;
    }

    static IBinding binding(IASTIdExpression id) {
        try {
            return id.getName().resolveBinding();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A variable with static storage outside any function (not a parameter, local or static local). */
    static boolean isGlobalVariable(IBinding b) {
        return b instanceof IVariable && !(b instanceof IParameter) && !(b instanceof IProblemBinding)
                && !(b.getOwner() instanceof IFunction);
    }

    static boolean isLocalVariable(IBinding b) {
        return b instanceof IVariable && !(b instanceof IParameter) && b.getOwner() instanceof IFunction;
    }

    /** {@code t} without its typedefs and qualifiers ({@code const spinlock_t *} stays a pointer), or null. */
    static org.eclipse.cdt.core.dom.ast.IType unqualified(org.eclipse.cdt.core.dom.ast.IType t) {
        for (int i = 0; i < 32 && t != null; i++) {
            if (t instanceof org.eclipse.cdt.core.dom.ast.ITypedef td) {
                t = td.getType();
            } else if (t instanceof org.eclipse.cdt.core.dom.ast.IQualifierType q) {
                t = q.getType();
            } else {
                return t;
            }
        }
        return null;
    }
}
