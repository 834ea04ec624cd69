package org.lockaudit.core.extract;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.cdt.core.dom.ast.IASTArraySubscriptExpression;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTElaboratedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTNamedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IArrayType;
import org.eclipse.cdt.core.dom.ast.ICompositeType;
import org.eclipse.cdt.core.dom.ast.IPointerType;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.IProblemType;
import org.eclipse.cdt.core.dom.ast.IQualifierType;
import org.eclipse.cdt.core.dom.ast.IType;
import org.eclipse.cdt.core.dom.ast.ITypedef;

/**
 * Names the struct that owns a member access, from CDT's types: typedefs, qualifiers and (for {@code ->})
 * one pointer level unwrapped; an anonymous struct takes the name of its typedef or the enclosing named path.
 * When the type is a problem (missing header), falls back to the declared type text of the base variable and
 * counts it.
 */
final class TypeNames {
    static final String UNKNOWN = "?";

    /** Variable name -> struct/typedef name from its declaration text, for the fallback. */
    private final Map<String, String> declared = new HashMap<>();
    private int fallbacks;

    /** While non-null, every declaration is also appended here (see {@link HeaderFunctionMemo}). */
    java.util.List<String[]> journal;

    void declare(String variable, IASTDeclSpecifier spec) {
        String n = specName(spec);
        if (n != null) {
            declared.put(variable, n);
            if (journal != null) {
                journal.add(new String[] {variable, n});
            }
        }
    }

    /** Replays declarations journaled while another unit extracted the same header function. */
    void replay(java.util.List<String[]> declarations, int moreFallbacks) {
        for (String[] d : declarations) {
            declared.put(d[0], d[1]);
        }
        fallbacks += moreFallbacks;
    }

    int fallbacks() {
        return fallbacks;
    }

    static String specName(IASTDeclSpecifier spec) {
        if (spec instanceof IASTElaboratedTypeSpecifier e) {
            return e.getName().toString();
        }
        if (spec instanceof IASTCompositeTypeSpecifier c && c.getName().toString().length() > 0) {
            return c.getName().toString();
        }
        if (spec instanceof IASTNamedTypeSpecifier n) {
            return n.getName().toString();
        }
        return null;
    }

    /** The owner of {@code ref}'s field: {@code pci_dev} for {@code pdev->fault}. */
    String ownerOf(IASTFieldReference ref) {
        IASTExpression owner = ref.getFieldOwner();
        IType t = safeType(owner);
        String n = named(t, ref.isPointerDereference());
        if (n != null) {
            return n;
        }
        if (t != null && !isProblem(t)) {
            // anonymous struct: the enclosing named path
            IASTExpression o = Ast.parens(owner);
            while (o instanceof IASTArraySubscriptExpression s) {
                o = Ast.parens(s.getArrayExpression());
            }
            if (o instanceof IASTFieldReference f) {
                return ownerOf(f) + "." + f.getFieldName();
            }
            if (o instanceof IASTIdExpression id) {
                return id.getName().toString();
            }
            return UNKNOWN;
        }
        String fb = fallback(owner);
        if (fb != null) {
            fallbacks++;
            return fb;
        }
        return UNKNOWN;
    }

    private String fallback(IASTExpression owner) {
        IASTExpression o = Ast.parens(owner);
        if (o instanceof IASTIdExpression id) {
            return declared.get(id.getName().toString());
        }
        if (o instanceof IASTCastExpression c) {
            return specName(c.getTypeId().getDeclSpecifier());
        }
        return null;
    }

    static IType safeType(IASTExpression e) {
        try {
            return e.getExpressionType();
        } catch (RuntimeException x) {
            return null;
        }
    }

    static boolean isProblem(IType t) {
        return t instanceof IProblemType || t instanceof IProblemBinding;
    }

    /** The struct or typedef name of {@code t} (after one pointer/array level when {@code deref}), or null. */
    static String named(IType t, boolean deref) {
        String typedefName = null;
        boolean derefd = !deref;
        for (int guard = 0; t != null && guard < 32; guard++) {
            if (t instanceof ITypedef td) {
                if (typedefName == null) {
                    typedefName = td.getName();
                }
                t = td.getType();
            } else if (t instanceof IQualifierType q) {
                t = q.getType();
            } else if (!derefd && t instanceof IPointerType p) {
                derefd = true;
                typedefName = null;
                t = p.getType();
            } else if (!derefd && t instanceof IArrayType a) {
                derefd = true;
                typedefName = null;
                t = a.getType();
            } else if (t instanceof ICompositeType c && !isProblem(t)) {
                String name = c.getName();
                if (name != null && !name.isEmpty()) {
                    return name;
                }
                return typedefName;
            } else {
                return null;
            }
        }
        return null;
    }

    /** Whether {@code t} is const-qualified at the top (after typedefs). */
    static boolean isConst(IType t) {
        for (int guard = 0; t != null && guard < 32; guard++) {
            if (t instanceof IQualifierType q) {
                if (q.isConst()) {
                    return true;
                }
                t = q.getType();
            } else if (t instanceof ITypedef td) {
                t = td.getType();
            } else if (t instanceof IArrayType a) {
                t = a.getType();
            } else {
                return false;
            }
        }
        return false;
    }
}
