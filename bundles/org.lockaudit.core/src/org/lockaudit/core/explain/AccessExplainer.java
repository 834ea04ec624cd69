package org.lockaudit.core.explain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lockaudit.core.inference.AccessSite;
import org.lockaudit.core.inference.FieldGuard;
import org.lockaudit.core.inference.FieldStatus;
import org.lockaudit.core.inference.GuardAnalysis;

/**
 * Answers "which lock protects this field, which locks are held here, is it safe" for one access, from Engine III's
 * guard analysis: the sites of an access are its occurrences in every calling context.
 *
 * <p>Matching: an access is found by file, line and the last component of its field path ({@code quarantine} for
 * {@code pci_dev.quarantine}), which is what an editor knows under the mouse. Limit: two accesses of the same field
 * on one line are one answer.
 */
public final class AccessExplainer {
    private final GuardAnalysis.Result guards;

    public AccessExplainer(GuardAnalysis.Result guards) {
        this.guards = guards;
    }

    public Optional<AccessExplanation> explain(Path file, int line, String identifier) {
        List<AccessSite> sites = new ArrayList<>();
        Path want = file.toAbsolutePath().normalize();
        for (AccessSite s : guards.sites()) {
            if (s.line() == line && lastComponent(s.field()).equals(identifier)
                    && Path.of(s.file()).toAbsolutePath().normalize().equals(want)) {
                sites.add(s);
            }
        }
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        String field = sites.get(0).field();
        FieldGuard g = guards.fields().get(field);
        Set<String> certain = new LinkedHashSet<>(sites.get(0).mustDisplay());
        Set<String> possible = new LinkedHashSet<>();
        for (AccessSite s : sites) {
            certain.retainAll(s.mustDisplay());
            possible.addAll(s.mustDisplay());
            possible.addAll(s.mayOnly());
        }
        possible.removeAll(certain);

        Verdict verdict;
        String why;
        AccessSite exempt = sites.stream().filter(AccessSite::exempt).findFirst().orElse(null);
        long unguardedContexts = g == null || g.guard() == null ? 0
                : sites.stream().filter(s -> !s.holds(g.guard())).count();
        if (exempt != null) {
            verdict = Verdict.EXEMPT;
            why = exempt.exemption().describe();
        } else if (sites.stream().allMatch(AccessSite::atomic)) {
            verdict = Verdict.ATOMIC;
            why = "accessed through an atomic operation";
        } else if (g != null && (g.status() == FieldStatus.INIT_ONLY || g.status() == FieldStatus.IMMUTABLE)) {
            verdict = Verdict.NO_LOCK_NEEDED;
            why = g.guardText();
        } else if (g != null && g.guard() != null && unguardedContexts == 0) {
            verdict = Verdict.PROTECTED;
            why = g.guard().display() + " is held here in every calling context";
        } else if (g != null && g.guard() != null) {
            AccessSite bare = sites.stream().filter(s -> !s.holds(g.guard())).findFirst().orElseThrow();
            verdict = Verdict.UNPROTECTED;
            why = g.guard().display() + " is not held " + (sites.size() > 1
                    ? "in " + unguardedContexts + " of " + sites.size() + " calling contexts (e.g. " + bare.context().describe() + ")"
                    : "here")
                    + (bare.reference() != null ? "; only a counted reference (" + bare.reference()
                            + ") keeps the object alive, which does not guard its fields" : "");
        } else if (sites.stream().anyMatch(s -> s.reference() != null)) {
            verdict = Verdict.LIFETIME_ONLY;
            why = "a counted reference keeps the object alive; no lock guards " + field;
        } else {
            verdict = Verdict.UNPROTECTED;
            why = "no lock is held at any access of " + field;
        }
        String guard = g == null ? "none known"
                : g.guardText() + (weak(g) ? " (weak: no clear majority; yields no finding)" : "");
        String support = g == null || g.guard() == null || g.declared() != null ? null
                : g.supportText().replaceFirst("^" + java.util.regex.Pattern.quote(g.guard().display()) + " ", "");
        String declaredAt = g != null && g.declared() != null ? g.declared().where() : null;
        return Optional.of(new AccessExplanation(field, guard, support, declaredAt, List.copyOf(certain),
                List.copyOf(possible), verdict, why, sites.size()));
    }

    /** An inferred guard without a clear majority: shown, labelled weak, never a finding. */
    public boolean weak(FieldGuard g) {
        return g.guard() != null && g.declared() == null && !g.strong(guards.options());
    }

    /** The guard of a field path ({@code pci_dev.fault.count}), for decorations on its declaration. */
    public Optional<FieldGuard> guardOf(String field) {
        return Optional.ofNullable(guards.fields().get(field));
    }

    static String lastComponent(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }
}
