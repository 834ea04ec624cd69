package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTAttributeOwner;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.IFunction;
import org.eclipse.cdt.core.parser.util.AttributeUtil;

/**
 * Which functions of one translation unit are declared {@code noreturn} ({@code __attribute__((noreturn))},
 * {@code __noreturn__}, {@code _Noreturn}, wherever the attribute is written in the declaration). The file-scope
 * declarations are indexed by name in one pass, and a name's declaration texts are tested once, when a call to it
 * is first seen. A function with no file-scope declaration (declared in a block, or implicitly) falls back to
 * CDT's {@link IASTTranslationUnit#getDeclarationsInAST}, which walks the whole unit resolving every declarator:
 * that is what every call used to cost. It is asked only for a name some declarator of the unit has (collected
 * once per unit from the file-scope declarators and a walk of the function definitions): an implicit or built-in
 * function has none, and CDT would find nothing. Limit: a block-scope redeclaration that adds noreturn to a function
 * also declared at file scope is not seen.
 */
final class NoReturnIndex {
    private static final Pattern NORETURN = Pattern.compile("\\b(_?_?noreturn_?_?|_Noreturn)\\b");

    private final IASTTranslationUnit ast;
    /** Name → its file-scope declarations, each as {declaration, function declarator}. */
    private final Map<String, List<IASTNode[]>> declarations = new HashMap<>();
    private final Map<String, Boolean> answers = new HashMap<>();
    /** The name of every declarator of the unit, at any scope; made on the first fallback to CDT. */
    private Set<String> declaratorNames;

    NoReturnIndex(IASTTranslationUnit ast) {
        this.ast = ast;
        for (IASTDeclaration d : ast.getDeclarations()) {
            if (d instanceof IASTFunctionDefinition def) {
                add(CfgBuilder.innermost(def.getDeclarator()).getName(), d, def.getDeclarator());
            } else if (d instanceof IASTSimpleDeclaration sd) {
                for (IASTDeclarator dl : sd.getDeclarators()) {
                    if (dl instanceof IASTFunctionDeclarator && dl.getNestedDeclarator() == null) {
                        add(dl.getName(), d, dl);
                    }
                }
            }
        }
    }

    private void add(IASTName name, IASTDeclaration d, IASTDeclarator dtor) {
        declarations.computeIfAbsent(name.toString(), k -> new ArrayList<>(2)).add(new IASTNode[] {d, dtor});
    }

    /**
     * Same answer as CDT's {@link IFunction#isNoReturn()} (a noreturn attribute on the function's declarator, also
     * when written through a macro) or'ed with the text test over every declaration; CDT's own method resolves
     * all declarations of the binding, i.e. walks the unit, so it is only used for functions this index lacks.
     */
    boolean isNoReturn(IFunction f) {
        return answers.computeIfAbsent(f.getName(), n -> {
            try {
                List<IASTNode[]> decls = declarations.get(n);
                if (decls != null) {
                    for (IASTNode[] d : decls) {
                        if (d[1] instanceof IASTAttributeOwner owner && AttributeUtil.hasNoreturnAttribute(owner)) {
                            return true;
                        }
                        if (NORETURN.matcher(text((IASTDeclaration) d[0])).find()) {
                            return true;
                        }
                    }
                    return false;
                }
                if (f.isNoReturn()) {
                    return true;
                }
                if (!declaratorNames().contains(n)) {
                    // CDT's walk resolves every declarator of the unit to find those naming f: with none of
                    // that name (an implicit or built-in function) it finds nothing
                    return false;
                }
                for (IASTName name : ast.getDeclarationsInAST(f)) {
                    IASTNode decl = name.getParent();
                    while (decl != null && !(decl instanceof IASTDeclaration)) {
                        decl = decl.getParent();
                    }
                    if (decl != null && NORETURN.matcher(text((IASTDeclaration) decl)).find()) {
                        return true;
                    }
                }
            } catch (RuntimeException e) {
                // unknown
            }
            return false;
        });
    }

    private Set<String> declaratorNames() {
        if (declaratorNames == null) {
            Set<String> names = new HashSet<>();
            ASTVisitor all = new ASTVisitor() {
                {
                    shouldVisitDeclarators = true;
                }

                @Override
                public int visit(IASTDeclarator declarator) {
                    IASTName name = declarator.getName();
                    if (name != null) {
                        names.add(name.toString());
                    }
                    return PROCESS_CONTINUE;
                }
            };
            for (IASTDeclaration d : ast.getDeclarations()) {
                if (d instanceof IASTSimpleDeclaration sd) {
                    // a file-scope declaration (most of a unit: its headers): only its declarators can name a
                    // function; what they hold (parameters, members) cannot, so they are not walked
                    for (IASTDeclarator dl : sd.getDeclarators()) {
                        for (IASTDeclarator x = dl; x != null; x = x.getNestedDeclarator()) {
                            if (x.getName() != null) {
                                names.add(x.getName().toString());
                            }
                        }
                    }
                } else {
                    d.accept(all); // a definition: its body declares in blocks
                }
            }
            declaratorNames = names;
        }
        return declaratorNames;
    }

    private static String text(IASTDeclaration decl) {
        return decl instanceof IASTFunctionDefinition def
                ? Ast.raw(def.getDeclSpecifier()) + " " + Ast.raw(def.getDeclarator())
                : Ast.raw(decl);
    }
}
