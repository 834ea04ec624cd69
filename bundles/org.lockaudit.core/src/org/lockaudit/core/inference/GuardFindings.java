package org.lockaudit.core.inference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.EvidenceStep;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingKind;
import org.lockaudit.core.check.FindingSink;

/**
 * Turns inferred and declared guards into findings. {@code unguarded-access}: an access without the inferred guard
 * of a field whose guard is held at every write and at no less than {@link GuardOptions#minSupport()} of at least
 * {@link GuardOptions#minAccesses()} accesses; reported strongest evidence first (support, then writes).
 * {@code declared-guard-violation}: an access without its declared guard, or a declaration no access honours.
 */
public final class GuardFindings {
    private GuardFindings() {
    }

    public static void report(Map<String, FieldGuard> fields, GuardOptions options, FindingSink sink) {
        List<FieldGuard> ordered = new ArrayList<>(fields.values());
        ordered.sort(Comparator.comparingDouble(FieldGuard::support).reversed()
                .thenComparing(Comparator.comparingInt(FieldGuard::heldWrites).reversed()));
        for (FieldGuard g : ordered) {
            if (g.status() != FieldStatus.GUARDED || g.guard() == null) {
                continue;
            }
            if (g.declared() != null) {
                boolean pt = pointsTo(g.declared());
                for (Counterexample c : g.counterexamples()) {
                    if (pt && !dereferences(c, g.field())) {
                        continue; // PT_GUARDED_BY guards the pointed-to data, not the pointer
                    }
                    sink.report(finding(FindingKind.DECLARED_GUARD_VIOLATION, g, c,
                            c.kind() + "s " + g.field() + " without " + g.declared().lock() + ", its declared guard ("
                                    + g.declared().where() + ")" + (g.staleDeclaration()
                                            ? "; no access holds it: the declaration looks stale" : "")));
                }
                continue;
            }
            if (!g.strong(options)) {
                continue;
            }
            for (Counterexample c : g.counterexamples()) {
                sink.report(finding(FindingKind.UNGUARDED_ACCESS, g, c,
                        c.kind() + "s " + g.field() + " without " + g.guard().display() + ", which is " + g.supportText()
                                .substring(g.guard().display().length() + 1)
                                + (c.reference() != null ? "; only a counted reference is held here (" + c.reference()
                                        + "): that keeps the object alive, it does not guard its fields" : "")));
            }
        }
    }

    private static final org.lockaudit.core.check.SourceLines SOURCES = new org.lockaudit.core.check.SourceLines();

    /** A declaration by {@code PT_GUARDED_BY} / {@code pt_guarded_by} (read from its source line). */
    private static boolean pointsTo(DeclaredGuard d) {
        if (d.file() == null || d.line() <= 0) {
            return false;
        }
        String text;
        synchronized (SOURCES) {
            text = SOURCES.line(d.file(), d.line());
        }
        return text.toLowerCase(java.util.Locale.ROOT).contains("pt_guarded_by");
    }

    /** The access's line dereferences the field ({@code *p}, {@code p[i]}, {@code p->x}). */
    private static boolean dereferences(Counterexample c, String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        String text;
        synchronized (SOURCES) {
            text = SOURCES.line(c.file(), c.line());
        }
        String n = java.util.regex.Pattern.quote(name);
        return java.util.regex.Pattern.compile("\\*\\s*\\(?[\\w.>\\-]*\\b" + n + "\\b(?!\\s*\\()").matcher(text).find()
                || java.util.regex.Pattern.compile("\\b" + n + "\\s*(\\[|->)").matcher(text).find();
    }

    private static Finding finding(FindingKind kind, FieldGuard g, Counterexample c, String message) {
        List<StaticAccess> guarded = g.sites().stream().filter(a -> a.needsGuard() && a.holds(g.guard())).toList();
        List<EvidenceStep> here = List.of(new EvidenceStep(c.file(), c.line(),
                c.kind() + " of " + g.field() + " in " + c.function() + "() " + c.context(), String.join(", ", c.held())));
        return new Finding(kind, c.file(), c.line(), c.function(), List.of(g.guard().lock()), message,
                List.of(new EvidencePath("the access without " + g.guard().display(), here),
                        accessesPath("accesses holding " + g.guard().display(), guarded)),
                null);
    }

    private static EvidencePath accessesPath(String label, List<StaticAccess> accesses) {
        List<EvidenceStep> steps = new ArrayList<>();
        for (StaticAccess a : accesses) {
            steps.add(new EvidenceStep(a.file(), a.line(), a.kindName() + " of " + a.field() + " in " + a.attributedTo()
                    + "()", String.join(", ", a.first().mustDisplay())));
        }
        return new EvidencePath(label, steps);
    }
}
