package org.lockaudit.core.audit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lockaudit.core.concurrency.ConcurrencyModel;
import org.lockaudit.core.concurrency.ExecutionContext;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.inference.AccessSite;
import org.lockaudit.core.inference.GuardCandidate;

/**
 * The lockset rule the lock-split diff judges the new version by: an access is protected only by a lock it holds
 * that is also held at every other access to the same field that may run at the same time (a concurrent write, or a
 * concurrent read when the access itself writes), "may run at the same time" as the {@link ConcurrencyModel} of
 * the new version says. This answers the reviewer's question "does anything still serialise these two paths?",
 * which the field's inferred (majority) guard does not: a fault tasklet that never takes the new per-device lock
 * leaves every other writer of the field unserialised, whatever the majority.
 *
 * <p>Heuristics and limits: locks are compared by name as the guard inference names them (the class of a per-object
 * lock: two accesses holding {@code pci_dev.lock} count as serialised even if they might lock two different
 * devices); fields are compared by type and path, not by object, so two accesses to the same field of two distinct
 * objects count as conflicting (over-approximate); exempt (init, private) and atomic accesses, taken addresses and
 * accesses of thread-local storage ({@link ConcurrencyModel#perThread}) are no accesses here; an access in a
 * context the model cannot place (no configured entry point reaches it) runs alone, so in a program without entry
 * points the rule changes nothing.
 */
final class SerialisingLocks {
    /**
     * What serialises one access with its concurrent conflicting accesses: {@code locks} held at it and at all of
     * them (empty: nothing does); {@code partners} whether there is any; {@code witness} a concurrent access with
     * no lock in common with it (null when every partner shares one), and the two contexts.
     */
    record Verdict(boolean partners, Set<String> locks, AccessSite witness, ExecutionContext context,
            ExecutionContext witnessContext) {
        boolean unserialised() {
            return partners && locks.isEmpty();
        }
    }

    private record Placed(AccessSite site, ExecutionContext context, Set<String> locks) {
    }

    private final ConcurrencyModel model;
    private final Map<String, List<Placed>> byField = new LinkedHashMap<>();
    private final Map<AccessSite, Placed> placed = new IdentityHashMap<>();

    SerialisingLocks(ConcurrencyModel model, List<AccessSite> sites) {
        this.model = model;
        if (!model.hasThreads()) {
            return;
        }
        for (AccessSite s : sites) {
            if (!counts(s) || model.perThread(s)) {
                continue;
            }
            Placed p = place(s);
            if (p.context().concurrent()) {
                byField.computeIfAbsent(s.field(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** Whether the model knows any concurrent entry point (else every verdict is "no partners"). */
    boolean active() {
        return model.hasThreads();
    }

    private static boolean counts(AccessSite s) {
        return s.needsGuard() && s.kind() != AccessKind.ADDRESS;
    }

    private Placed place(AccessSite s) {
        return placed.computeIfAbsent(s, k -> {
            Set<String> locks = new TreeSet<>();
            for (GuardCandidate g : k.must()) {
                locks.add(g.lock());
            }
            return new Placed(k, model.contextOf(k), locks);
        });
    }

    Verdict of(AccessSite s) {
        if (!model.hasThreads() || !counts(s) || model.perThread(s)) {
            return new Verdict(false, Set.of(), null, null, null);
        }
        Placed p = place(s);
        if (!p.context().concurrent()) {
            return new Verdict(false, p.locks(), null, p.context(), null);
        }
        Set<String> left = new TreeSet<>(p.locks());
        boolean partners = false;
        Placed witness = null;
        Placed emptied = null;
        for (Placed q : byField.getOrDefault(s.field(), List.of())) {
            if ((!s.write() && !q.site().write()) || !model.mayRunTogether(p.context(), q.context())) {
                continue;
            }
            partners = true;
            boolean wasEmpty = left.isEmpty();
            left.retainAll(q.locks());
            if (left.isEmpty() && !wasEmpty && emptied == null) {
                emptied = q;
            }
            if (witness == null && java.util.Collections.disjoint(p.locks(), q.locks())) {
                witness = q; // the clearest evidence: a concurrent access sharing no lock at all
            }
        }
        Placed shown = witness != null ? witness : emptied;
        return new Verdict(partners, left, shown == null ? null : shown.site(), p.context(),
                shown == null ? null : shown.context());
    }

    /** {@code fault_tasklet() (fault.c:40, thread fault_tasklet (tasklet, ...), holding no lock)}. */
    static String describe(AccessSite q, ExecutionContext c) {
        String held = q.mustDisplay().isEmpty() ? "no lock" : String.join(", ", q.mustDisplay());
        return q.attributedTo() + "() (" + shortFile(q.file()) + ":" + q.line() + ", " + c.description() + ", holding "
                + held + ")";
    }

    private static String shortFile(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
