package org.lockaudit.core.extract;

import org.eclipse.cdt.core.dom.ast.IASTArraySubscriptExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.IParameter;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.IVariable;
import org.lockaudit.core.binder.AccessPaths;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockRef;
import org.lockaudit.core.lockapi.LockApiEntry;

/**
 * Normalises a lock argument to a {@link LockRef}: {@code &_pcidevs_lock} is GLOBAL {@code _pcidevs_lock},
 * {@code &d->pdevs_lock} MEMBER {@code domain}/{@code pdevs_lock} with base {@code d}, {@code &iommu->ats.lock}
 * MEMBER path {@code ats.lock}, a {@code spinlock_t *l} parameter PARAMETER {@code l}; casts, parentheses, the
 * address-of and subscripts are stripped.
 */
final class LockRefs {
    private final ExtractContext ctx;

    LockRefs(ExtractContext ctx) {
        this.ctx = ctx;
    }

    LockRef of(LockApiEntry entry, IASTInitializerClause[] args) {
        if (entry.fixedLock() != null) {
            return fixed(entry.fixedLock());
        }
        if (entry.argument() >= args.length || !(args[entry.argument()] instanceof IASTExpression arg)) {
            LockRef r = ExtractContext.F.createLockRef();
            r.setKind(LockKind.UNKNOWN);
            return r;
        }
        return of(arg);
    }

    /** For a macro whose arguments were parsed from its text ({@code args[i]} null when unparsable). */
    LockRef ofText(LockApiEntry entry, IASTExpression[] args, java.util.List<String> texts) {
        if (entry.fixedLock() != null) {
            return fixed(entry.fixedLock());
        }
        int i = entry.argument();
        if (i < args.length && args[i] != null) {
            LockRef r = of(args[i]);
            r.setExpression(texts.get(i).trim());
            return r;
        }
        LockRef r = ExtractContext.F.createLockRef();
        r.setKind(LockKind.UNKNOWN);
        if (i < texts.size()) {
            r.setName(texts.get(i).trim());
            r.setExpression(texts.get(i).trim());
        }
        return r;
    }

    /**
     * A global read from a macro's text (its arguments parsed apart from the unit, so without bindings) bound by
     * name in the unit: a file-scope static gets its file, so {@code rspin_lock(&console_lock)} and
     * {@code rspin_unlock(&console_lock)} name one lock whichever way the front end read them. The function's body
     * is searched first: a static local lock ({@code static DEFINE_SPINLOCK(l)} inside it) is bound too.
     */
    LockRef bindGlobal(LockRef r, org.eclipse.cdt.core.dom.ast.IASTTranslationUnit unit,
            org.eclipse.cdt.core.dom.ast.IASTCompoundStatement body) {
        if (unit == null || r.getKind() != LockKind.GLOBAL || r.getFileScope() != null || r.getName() == null) {
            return r;
        }
        String root = r.getName().contains(".") ? r.getName().substring(0, r.getName().indexOf('.')) : r.getName();
        try {
            java.util.List<IBinding> found = new java.util.ArrayList<>();
            if (body != null && body.getScope() != null) {
                found.addAll(java.util.List.of(body.getScope().find(root, unit)));
            }
            found.addAll(java.util.List.of(unit.getScope().find(root, unit)));
            for (IBinding b : found) {
                if (b instanceof IVariable v && !(b instanceof IProblemBinding) && !(b instanceof IParameter)) {
                    if (v.isStatic()) {
                        r.setFileScope(ctx.tuFile);
                    } else if (Ast.isLocalVariable(b)) {
                        r.setKind(LockKind.LOCAL);
                    }
                    return r;
                }
            }
        } catch (RuntimeException e) {
            // a broken unit's scope: the name stays as read
        }
        return r;
    }

    private static LockRef fixed(String name) {
        LockRef r = ExtractContext.F.createLockRef();
        r.setKind(LockKind.GLOBAL);
        r.setName(name);
        return r;
    }

    /**
     * The subscripts applied to the member part of a lock expression ({@code [a]} in {@code s->lock[a]},
     * {@code [i]} in {@code bucket[i].lock}), spelt by the binder, or null when there is none: two subscripts
     * name two instances (they may alias, but are never the same one).
     */
    private static String memberSubscripts(IASTExpression top) {
        StringBuilder b = new StringBuilder();
        IASTExpression e = Ast.parens(top);
        while (true) {
            if (e instanceof IASTArraySubscriptExpression s) {
                b.insert(0, subscript(s));
                e = Ast.parens(s.getArrayExpression());
            } else if (e instanceof org.eclipse.cdt.core.dom.ast.IASTFieldReference f && !f.isPointerDereference()) {
                e = Ast.parens(f.getFieldOwner());
            } else {
                break;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** A base with a subscript the binder could not spell is an unknown instance ({@code ?}): never "the same". */
    private static String unknownIfUnspelt(String base) {
        return base != null && base.contains("[?]") ? "?" + base : base;
    }

    private static String subscript(IASTArraySubscriptExpression s) {
        String i = s.getArgument() instanceof IASTExpression x ? AccessPaths.spell(x) : null;
        return "[" + (i != null ? i : "?") + "]";
    }

    LockRef of(IASTExpression arg) {
        LockRef r = ExtractContext.F.createLockRef();
        r.setExpression(Ast.text(arg));
        IASTExpression x = Ast.parensCasts(arg);
        if (x instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_amper) {
            x = Ast.parensCasts(u.getOperand());
        }
        MemberChain m = MemberChain.of(x, ctx.types);
        if (m != null && !m.nullBase()) {
            String subscripts = memberSubscripts(x);
            if (m.onGlobal()) {
                r.setKind(LockKind.GLOBAL);
                r.setName(m.baseName() + "." + m.path());
                r.setBase(unknownIfUnspelt(subscripts));
                if (((IVariable) m.baseBinding()).isStatic()) {
                    r.setFileScope(ctx.tuFile);
                }
            } else if (m.onLocal()) {
                r.setKind(m.baseBinding() instanceof IParameter ? LockKind.PARAMETER : LockKind.LOCAL);
                r.setName(m.baseName() + "." + m.path());
            } else {
                r.setKind(LockKind.MEMBER);
                r.setOwnerType(m.owner());
                r.setName(m.path());
                // The binder's spelling, not the source text: a lock macro's expansion and the plain call it
                // stands for give one base.
                String base = AccessPaths.spell(m.base());
                r.setBase(unknownIfUnspelt((base != null ? base : Ast.text(m.base())) + (subscripts != null ? subscripts : "")));
            }
            return r;
        }
        StringBuilder subscripts = new StringBuilder();
        while (x instanceof IASTArraySubscriptExpression s) {
            subscripts.insert(0, subscript(s));
            x = Ast.parensCasts(s.getArrayExpression());
        }
        if (x instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_star) {
            x = Ast.parensCasts(u.getOperand());
        }
        if (x instanceof IASTIdExpression id) {
            IBinding b = Ast.binding(id);
            r.setName(id.getName().toString());
            if (b instanceof IParameter) {
                r.setKind(LockKind.PARAMETER);
            } else if (Ast.isLocalVariable(b) && !(b instanceof IVariable v && v.isStatic())) {
                r.setKind(LockKind.LOCAL);
            } else {
                // a global; a function's static local (static DEFINE_SPINLOCK(l) inside a body) is one lock for
                // the whole program, like a file-scope static
                // a global, or an identifier declared in a header the parser could not see
                r.setKind(LockKind.GLOBAL);
                if (subscripts.length() > 0) {
                    r.setBase(unknownIfUnspelt(subscripts.toString()));
                }
                if (b instanceof IVariable v && !(b instanceof IProblemBinding) && v.isStatic()) {
                    r.setFileScope(ctx.tuFile);
                }
            }
            return r;
        }
        r.setKind(LockKind.UNKNOWN);
        r.setName(Ast.text(arg));
        return r;
    }
}
