package org.lockaudit.core.extract;

import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.lockapi.LockApiEntry;

/**
 * Mutexes made recursive at run time. {@code pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE[_NP])} marks the
 * attribute object {@code a} (by its text; in any branch: the unit is read in order, flow-insensitively);
 * {@code pthread_mutex_init(&m, &a)} with such an attribute, and {@code mtx_init(&m, mtx_plain | mtx_recursive)},
 * are extracted as an {@code ASSERT_NOT_HELD} lock operation on {@code m} (an initialised mutex is not held) with
 * mode {@code RECURSIVE}, else {@code EXCLUSIVE}; the analysis ({@code program.RecursiveLocks}) then treats every
 * acquisition of that lock as recursive.
 */
final class RecursiveInits {
    private RecursiveInits() {
    }

    /** Records {@code pthread_mutexattr_settype(&a, ...RECURSIVE...)}. */
    static void attribute(ExtractContext ctx, String name, IASTInitializerClause[] args) {
        if ("pthread_mutexattr_settype".equals(name) && args.length >= 2 && args[1] instanceof IASTExpression t
                && Ast.text(t).contains("RECURSIVE")) {
            ctx.recursiveAttrs.add(key(Ast.text(args[0])));
        }
    }

    /** The pseudo lock-API entry of a mutex initialisation call, or null when {@code name} is none. */
    static LockApiEntry init(ExtractContext ctx, String name, IASTInitializerClause[] args) {
        if (args.length < 1 || !(args[0] instanceof IASTExpression) || ctx.api.lookup(name) != null) {
            return null;
        }
        boolean recursive;
        if ("pthread_mutex_init".equals(name)) {
            recursive = args.length >= 2 && ctx.recursiveAttrs.contains(key(Ast.text(args[1])));
        } else if ("mtx_init".equals(name)) {
            recursive = args.length >= 2 && Ast.text(args[1]).contains("mtx_recursive");
        } else {
            return null;
        }
        return new LockApiEntry(name, LockOpKind.ASSERT_NOT_HELD, 0, null,
                recursive ? LockMode.RECURSIVE : LockMode.EXCLUSIVE, IrqEffect.NONE, true, "posix");
    }

    private static String key(String text) {
        String s = text.replaceAll("\\s+", "");
        while (s.startsWith("&") || s.startsWith("(")) {
            s = s.substring(1);
        }
        return s.replaceAll("\\)+$", "");
    }
}
