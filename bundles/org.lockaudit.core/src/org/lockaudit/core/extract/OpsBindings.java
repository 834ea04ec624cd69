package org.lockaudit.core.extract;

import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTEqualsInitializer;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTInitializerList;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.ICompositeType;
import org.eclipse.cdt.core.dom.ast.IField;
import org.eclipse.cdt.core.dom.ast.IFunction;
import org.eclipse.cdt.core.dom.ast.IType;
import org.eclipse.cdt.core.dom.ast.IVariable;
import org.eclipse.cdt.core.dom.ast.c.ICASTDesignatedInitializer;
import org.eclipse.cdt.core.dom.ast.c.ICASTDesignator;
import org.eclipse.cdt.core.dom.ast.c.ICASTFieldDesignator;
import org.lockaudit.core.facts.OpsBinding;

/**
 * Ops-table bindings: {@code static const struct iommu_ops vtd_ops = { .assign_device = vtd_assign_device }}
 * (designated or positional, nested tables too) and assignments {@code ops->assign_device = f}.
 */
final class OpsBindings {
    private final ExtractContext ctx;

    OpsBindings(ExtractContext ctx) {
        this.ctx = ctx;
    }

    void fromDeclaration(IASTSimpleDeclaration sd, String file) {
        for (IASTDeclarator dl : sd.getDeclarators()) {
            if (dl.getInitializer() instanceof IASTEqualsInitializer eq
                    && eq.getInitializerClause() instanceof IASTInitializerList list) {
                IBinding b = CfgBuilder.innermost(dl).getName().resolveBinding();
                if (b instanceof IVariable v) {
                    IType t = v.getType();
                    String owner = TypeNames.named(t, false);
                    ICompositeType ct = composite(t);
                    if (owner == null) {
                        owner = TypeNames.specName(sd.getDeclSpecifier());
                    }
                    if (owner != null && isArray(t) && ct != null) {
                        // a table: every element ({..} or [N] = {..}) is one initialised struct of the element type
                        for (IASTInitializerClause c : list.getClauses()) {
                            IASTInitializerClause el = c instanceof ICASTDesignatedInitializer d ? d.getOperand() : c;
                            if (el instanceof IASTInitializerList element) {
                                list(owner, "", ct, element, file);
                            }
                        }
                    } else if (owner != null) {
                        list(owner, "", ct, list, file);
                    }
                }
            }
        }
    }

    /** Whether {@code t} is an array type, through typedefs and qualifiers. */
    private static boolean isArray(IType t) {
        return Ast.unqualified(t) instanceof org.eclipse.cdt.core.dom.ast.IArrayType;
    }

    private static ICompositeType composite(IType t) {
        for (int g = 0; g < 32 && t != null; g++) {
            if (t instanceof ICompositeType c) {
                return c;
            } else if (t instanceof org.eclipse.cdt.core.dom.ast.ITypedef td) {
                t = td.getType();
            } else if (t instanceof org.eclipse.cdt.core.dom.ast.IQualifierType q) {
                t = q.getType();
            } else if (t instanceof org.eclipse.cdt.core.dom.ast.IArrayType a) {
                t = a.getType();
            } else {
                return null;
            }
        }
        return null;
    }

    private void list(String owner, String prefix, ICompositeType type, IASTInitializerList list, String file) {
        IField[] fields = type == null ? new IField[0] : safeFields(type);
        int position = 0;
        for (IASTInitializerClause c : list.getClauses()) {
            String field = null;
            IASTInitializerClause value = c;
            if (c instanceof ICASTDesignatedInitializer d) {
                StringBuilder path = new StringBuilder();
                for (ICASTDesignator des : d.getDesignators()) {
                    if (des instanceof ICASTFieldDesignator fd) {
                        path.append(path.isEmpty() ? "" : ".").append(fd.getName());
                    }
                }
                field = path.isEmpty() ? null : path.toString();
                value = d.getOperand();
                position = indexOf(fields, field) + 1;
            } else if (position < fields.length) {
                field = fields[position++].getName();
            }
            if (field == null) {
                continue;
            }
            if (value instanceof IASTInitializerList nested) {
                ICompositeType inner = null;
                for (IField f : fields) {
                    if (f.getName().equals(field)) {
                        inner = composite(f.getType());
                    }
                }
                list(owner, prefix + field + ".", inner, nested, file);
            } else if (value instanceof IASTExpression e) {
                add(owner + "." + prefix + field, e, file);
            }
        }
    }

    private static IField[] safeFields(ICompositeType t) {
        try {
            return t.getFields();
        } catch (RuntimeException e) {
            return new IField[0];
        }
    }

    private static int indexOf(IField[] fields, String name) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getName().equals(name)) {
                return i;
            }
        }
        return fields.length;
    }

    void fromAssignment(IASTBinaryExpression b, String file) {
        if (Ast.parens(b.getOperand1()) instanceof IASTFieldReference f) {
            MemberChain m = MemberChain.of(f, ctx.types);
            if (m != null && !m.nullBase()) {
                String owner = m.onGlobal() || m.onLocal() ? ownerOfChain(f) : m.owner();
                add(owner + "." + m.path(), b.getOperand2(), file);
            }
        }
    }

    private String ownerOfChain(IASTFieldReference f) {
        MemberChain m = MemberChain.of(f, ctx.types);
        return m.owner();
    }

    private void add(String field, IASTExpression value, String file) {
        IASTExpression v = Ast.parensCasts(value);
        if (v instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_amper) {
            v = Ast.parensCasts(u.getOperand());
        }
        if (v instanceof IASTIdExpression id && Ast.binding(id) instanceof IFunction fn) {
            OpsBinding ob = ExtractContext.F.createOpsBinding();
            ob.setField(field);
            ob.setTarget(fn.getName());
            ob.setFile(file);
            ob.setLine(Ast.line((IASTNode) value));
            ctx.tu.getOpsBindings().add(ob);
        }
    }
}
