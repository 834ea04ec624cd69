package org.lockaudit.core.fix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lockaudit.core.dataflow.LockChange;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockOpKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.summary.FunctionSummary;

/**
 * Finds how a code base spells the operations on one lock, to write fixes in its own idiom.
 *
 * <p>Heuristic, in order: (1) project wrappers, derived from summaries: a function without parameters whose only
 * effect is acquiring (releasing) the lock, and one whose result reports whether it is held ({@code pcidevs_lock()},
 * {@code pcidevs_unlock()}, {@code pcidevs_locked()}); (2) otherwise the lock-API call most often used on that lock
 * in the facts, excluding IRQ-saving variants (they need a flags variable a fix cannot invent), applied to the
 * instance named by the finding ({@code spin_lock(&pdev->lock)} for {@code pci_dev.lock (pdev)}). The assertion
 * follows the tree's first preset: Xen (and no preset) {@code ASSERT(predicate())} with a wrapper predicate, else
 * {@code ASSERT(spin_is_locked(&lock))}; Linux {@code lockdep_assert_held(&lock)}, else
 * {@code lockdep_assert(predicate())}; POSIX {@code assert(predicate())} with a wrapper predicate, else none (POSIX
 * has no "is held" test). Limit: a lock only ever taken with an IRQ-saving call, or never taken at all, has no
 * spelling.
 */
public final class LockSpelling {
    private final Map<FunctionId, FunctionSummary> summaries;
    private final List<TranslationUnitFacts> units;

    private final String preset;

    public LockSpelling(Map<FunctionId, FunctionSummary> summaries, List<TranslationUnitFacts> units) {
        this(summaries, units, List.of());
    }

    /** With the tree's presets ({@code TreeConfig.presets()}), whose first one decides the assertion's spelling. */
    public LockSpelling(Map<FunctionId, FunctionSummary> summaries, List<TranslationUnitFacts> units, List<String> presets) {
        this.summaries = summaries;
        this.units = units;
        this.preset = presets == null || presets.isEmpty() ? "xen" : presets.get(0);
    }

    /** The statements for a lock as findings display it: {@code _pcidevs_lock} or {@code pci_dev.lock (pdev)}. */
    public Optional<LockStatements> of(String display) {
        String canonical = display;
        String base = null;
        int paren = display.indexOf(" (");
        if (paren > 0 && display.endsWith(")")) {
            canonical = display.substring(0, paren);
            base = display.substring(paren + 2, display.length() - 1);
        }
        String acquire = wrapper(canonical, LockChange.Kind.ACQUIRE);
        String release = wrapper(canonical, LockChange.Kind.RELEASE);
        String predicate = predicate(canonical);
        String lockExpr = expression(canonical, base);
        if (acquire == null || release == null) {
            if (lockExpr == null) {
                return Optional.empty();
            }
            String acquireApi = mostUsedApi(canonical, LockOpKind.ACQUIRE);
            String releaseApi = mostUsedApi(canonical, LockOpKind.RELEASE);
            if (acquireApi == null || releaseApi == null) {
                return Optional.empty();
            }
            acquire = acquireApi + "(" + lockExpr + ");";
            release = releaseApi + "(" + lockExpr + ");";
        }
        String assertion = assertion(predicate, lockExpr);
        return Optional.of(new LockStatements(acquire, release, assertion));
    }

    /** The statement asserting the lock is held, in the preset's spelling; null when it has none. */
    private String assertion(String predicate, String lockExpr) {
        return switch (preset) {
            case "linux" -> lockExpr != null ? "lockdep_assert_held(" + lockExpr + ");"
                    : predicate != null ? "lockdep_assert(" + predicate + "());" : null;
            case "posix" -> predicate != null ? "assert(" + predicate + "());" : null;
            default -> predicate != null ? "ASSERT(" + predicate + "());"
                    : lockExpr != null ? "ASSERT(spin_is_locked(" + lockExpr + "));" : null;
        };
    }

    private String wrapper(String canonical, LockChange.Kind kind) {
        return summaries.values().stream()
                .filter(s -> s.parameters().isEmpty() && !s.tryStyle() && s.any().size() == 1
                        && s.any().get(0).kind() == kind && name(s.any().get(0).lock()).equals(canonical))
                .map(s -> s.function().name() + "();").sorted().findFirst().orElse(null);
    }

    private String predicate(String canonical) {
        return summaries.values().stream()
                .filter(s -> s.parameters().isEmpty() && s.predicateOf() != null && !s.predicateNegated()
                        && name(s.predicateOf()).equals(canonical))
                .map(s -> s.function().name()).sorted().findFirst().orElse(null);
    }

    /** The canonical id without the defining file of a static ({@code pci.c#_pcidevs_lock} → {@code _pcidevs_lock}). */
    private static String name(org.lockaudit.core.program.LockId id) {
        String c = id.canonical();
        return c.substring(c.indexOf('#') + 1);
    }

    /** {@code &_pcidevs_lock} for a global, {@code &pdev->lock} for a member reached through {@code pdev}. */
    private static String expression(String canonical, String base) {
        if (base == null) {
            return canonical.contains(".") || canonical.contains("#") ? null : "&" + canonical;
        }
        int dot = canonical.indexOf('.');
        return dot < 0 ? null : "&" + base + "->" + canonical.substring(dot + 1);
    }

    private String mostUsedApi(String canonical, LockOpKind op) {
        Map<String, Integer> counts = new HashMap<>();
        for (TranslationUnitFacts tu : units) {
            for (Function fn : tu.getFunctions()) {
                for (CfgNode n : fn.getNodes()) {
                    for (Event e : n.getEvents()) {
                        if (e instanceof LockOperation o && o.getOp() == op && o.getApi() != null
                                && o.getIrq() != IrqEffect.SAVE && o.getIrq() != IrqEffect.RESTORE
                                && canonical.equals(canonicalOf(o))) {
                            counts.merge(o.getApi(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static String canonicalOf(LockOperation o) {
        if (o.getLock() == null) {
            return null;
        }
        if (o.getLock().getKind() == LockKind.MEMBER) {
            return o.getLock().getOwnerType() + "." + o.getLock().getName();
        }
        return o.getLock().getKind() == LockKind.GLOBAL ? o.getLock().getName() : null;
    }
}
