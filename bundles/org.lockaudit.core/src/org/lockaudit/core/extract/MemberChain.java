package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.cdt.core.dom.ast.IASTArraySubscriptExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IBinding;

/**
 * One member access chain, outermost member first: {@code pdev->msix[i].addr} is owner {@code pci_dev}, path
 * {@code msix.addr}, base {@code pdev}, index {@code i}. {@code .} and subscripts stay in the chain; {@code ->}
 * starts a new object, so its owner expression (the base) is a separate read.
 */
record MemberChain(String owner, String path, IASTExpression base, List<IASTExpression> indices,
        IBinding baseBinding, boolean nullBase) {

    /** The chain whose outermost expression is {@code top}, or null when it contains no member reference. */
    static MemberChain of(IASTExpression top, TypeNames types) {
        List<String> fields = new ArrayList<>();
        List<IASTExpression> indices = new ArrayList<>();
        IASTFieldReference root = null;
        IASTExpression e = Ast.parens(top);
        while (true) {
            if (e instanceof IASTArraySubscriptExpression s) {
                IASTInitializerClause arg = s.getArgument();
                if (arg instanceof IASTExpression x) {
                    indices.add(0, x);
                }
                e = Ast.parens(s.getArrayExpression());
            } else if (e instanceof IASTFieldReference f) {
                fields.add(0, f.getFieldName().toString());
                root = f;
                e = Ast.parens(f.getFieldOwner());
                if (f.isPointerDereference()) {
                    // (&pdev->list)->next is pdev->list.next
                    if (Ast.parensCasts(e) instanceof IASTUnaryExpression u
                            && u.getOperator() == IASTUnaryExpression.op_amper
                            && (Ast.parens(u.getOperand()) instanceof IASTFieldReference
                                    || Ast.parens(u.getOperand()) instanceof IASTArraySubscriptExpression)) {
                        e = Ast.parens(u.getOperand());
                        continue;
                    }
                    break;
                }
            } else {
                break;
            }
        }
        if (root == null) {
            return null;
        }
        IBinding b = null;
        if (!root.isPointerDereference() && e instanceof IASTIdExpression id) {
            b = Ast.binding(id);
        }
        boolean nullBase = Ast.isZero(e);
        String owner = nullBase ? TypeNames.UNKNOWN : types.ownerOf(root);
        return new MemberChain(owner, String.join(".", fields), root.getFieldOwner(), indices, b, nullBase);
    }

    /** {@code gstate.count}: a {@code .} chain on a global struct variable. */
    boolean onGlobal() {
        return Ast.isGlobalVariable(baseBinding);
    }

    /** {@code local.count}: a {@code .} chain on a local or parameter struct (not shared data). */
    boolean onLocal() {
        return baseBinding != null && !onGlobal() && baseBinding instanceof org.eclipse.cdt.core.dom.ast.IVariable;
    }

    String baseName() {
        return baseBinding == null ? null : baseBinding.getName();
    }

    /** {@code pci_dev.msix.addr}. */
    String target() {
        return owner + "." + path;
    }
}
