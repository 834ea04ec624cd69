package org.lockaudit.core.program;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lockaudit.core.check.SourceLines;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.GlobalVariable;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * Locks made recursive at run time or by their initialiser: a recursive initialisation (extracted as an
 * {@code ASSERT_NOT_HELD} operation with mode {@code RECURSIVE}: {@code pthread_mutex_init} with an attribute set
 * to {@code PTHREAD_MUTEX_RECURSIVE}, {@code mtx_init(.., mtx_recursive)}) or a global initialised with
 * {@code PTHREAD_RECURSIVE_MUTEX_INITIALIZER(_NP)} (read from its source line). Every acquisition, try and release
 * of such a lock anywhere in the program becomes recursive (in place, before linking; idempotent). Member locks
 * are compared by class ({@code owner.field}): one recursive instance makes every instance of the field recursive.
 */
public final class RecursiveLocks {
    private RecursiveLocks() {
    }

    public static void apply(List<TranslationUnitFacts> units) {
        Set<String> recursive = new HashSet<>();
        for (TranslationUnitFacts u : units) {
            recursive.addAll(declaredIn(u));
        }
        apply(units, recursive);
    }

    /**
     * The canonical ids of the locks {@code unit} makes recursive (its recursive initialisations and recursive
     * static initialisers): what {@link #apply} unions over the program. Not changed by {@link #apply}, which
     * rewrites acquisitions and releases only.
     */
    public static Set<String> declaredIn(TranslationUnitFacts u) {
        return DECLARED.of(u, RecursiveLocks::declared);
    }

    /**
     * {@link #declaredIn}, once per facts object (a walk over every event of the unit: {@code FactsAnalysis} asks
     * for it on the thread that read the unit, so that linking the program only looks it up).
     */
    private static final PerUnit<Set<String>> DECLARED = new PerUnit<>();

    private static Set<String> declared(TranslationUnitFacts u) {
        Set<String> recursive = new HashSet<>();
        SourceLines sources = null;
        for (Function fn : u.getFunctions()) {
            FunctionId id = null;
            for (CfgNode n : fn.getNodes()) {
                for (Event e : n.getEvents()) {
                    if (e instanceof LockOperation op && op.getOp() == LockOpKind.ASSERT_NOT_HELD
                            && op.getMode() == LockMode.RECURSIVE && op.getLock() != null) {
                        id = id == null ? Program.idOf(fn) : id;
                        recursive.add(LockId.of(op.getLock(), id).canonical());
                    }
                }
            }
        }
        for (GlobalVariable g : u.getGlobals()) {
            if (g.getType() == null || !g.getType().contains("mutex") || g.getFile() == null || g.getLine() <= 0) {
                continue;
            }
            if (sources == null) {
                sources = new SourceLines();
            }
            String text = sources.line(g.getFile(), g.getLine());
            if (!text.contains(";")) { // the initialiser on the next line
                text += " " + sources.line(g.getFile(), g.getLine() + 1);
            }
            if (text.contains("RECURSIVE_MUTEX_INITIALIZER")) {
                recursive.add(LockId.global(g.getName(), g.isStatic() ? g.getFile() : null).canonical());
            }
        }
        return Set.copyOf(recursive);
    }

    /** Makes every exclusive acquisition, try and release of a lock in {@code recursive} recursive, in {@code units}. */
    public static void apply(List<TranslationUnitFacts> units, Set<String> recursive) {
        if (recursive.isEmpty()) {
            return;
        }
        for (TranslationUnitFacts u : units) {
            for (Function fn : u.getFunctions()) {
                FunctionId id = Program.idOf(fn);
                for (CfgNode n : fn.getNodes()) {
                    for (Event e : n.getEvents()) {
                        if (e instanceof LockOperation op && op.getLock() != null && op.getMode() == LockMode.EXCLUSIVE
                                && (op.getOp() == LockOpKind.ACQUIRE || op.getOp() == LockOpKind.TRY_ACQUIRE
                                        || op.getOp() == LockOpKind.RELEASE)
                                && recursive.contains(LockId.of(op.getLock(), id).canonical())) {
                            op.setMode(LockMode.RECURSIVE);
                        }
                    }
                }
            }
        }
    }
}
