package org.lockaudit.ui.internal.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.lockaudit.core.audit.CriticalSection;
import org.lockaudit.core.audit.DiffOutcome;
import org.lockaudit.core.audit.DiffRow;
import org.lockaudit.core.audit.LockAudit;
import org.lockaudit.core.audit.LockSplitDiff;
import org.lockaudit.core.audit.ProtectedField;
import org.lockaudit.core.inference.StaticAccess;
import org.lockaudit.core.report.ReportPaths;

/** The Audit view's tables as rows of text, each with the source line a double-click opens. */
public final class AuditRows {
    /** One row: its cells, the source location it opens (file may be null), and whether it is a defect. */
    public record Row(List<String> cells, String file, int line, boolean bad) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int i) {
            return cells.get(i);
        }
    }

    private AuditRows() {
    }

    public static List<Row> sections(LockAudit.Result r, ReportPaths paths) {
        List<Row> out = new ArrayList<>();
        for (CriticalSection s : r.sections()) {
            out.add(new Row(List.of(s.function(), paths.display(s.file()) + ":" + s.startLine() + "-" + s.endLine(),
                    s.how(), String.join(", ", s.callees()), s.heldForNothing() ? AuditMessages.View_heldForNothing
                            : String.join(", ", s.touched())), s.file(), s.startLine(), s.heldForNothing()));
        }
        return out;
    }

    public static List<Row> protectedSet(LockAudit.Result r, ReportPaths paths) {
        List<Row> out = new ArrayList<>();
        for (ProtectedField p : r.protectedSet()) {
            String role = !p.mutable() ? AuditMessages.Role_needsNoLock
                    : p.coGuards().isEmpty() ? AuditMessages.Role_sole
                    : NLS.bind(AuditMessages.Role_coGuarded, String.join(", ", p.coGuards()));
            StaticAccess first = p.under().isEmpty() ? null : p.under().get(0);
            out.add(new Row(List.of(p.field(), role, p.guard(), p.under().size() + (first == null ? ""
                    : "  (" + where(first, paths) + (p.under().size() > 1 ? ", \u2026" : "") + ")"),
                    wheres(p.without(), paths)), first == null ? null : first.file(), first == null ? 0 : first.line(),
                    p.mutable() && !p.without().isEmpty()));
        }
        return out;
    }

    public static List<Row> heldForNothing(LockAudit.Result r, ReportPaths paths) {
        List<Row> out = new ArrayList<>();
        for (CriticalSection s : r.heldForNothing()) {
            out.add(new Row(List.of(s.function(), paths.display(s.file()) + ":" + s.startLine(),
                    NLS.bind(AuditMessages.HeldForNothing_why, s.how())), s.file(), s.startLine(), true));
        }
        return out;
    }

    public static List<Row> leftUnprotected(LockAudit.Result r, ReportPaths paths) {
        List<Row> out = new ArrayList<>();
        for (ProtectedField p : r.leftUnprotected()) {
            StaticAccess first = p.bare().get(0);
            out.add(new Row(List.of(p.field(), wheres(p.bare(), paths)), first.file(), first.line(), false));
        }
        return out;
    }

    /** The diff's rows, UNPROTECTED first, then new unguarded accesses, then the rest in the engine's order. */
    public static List<Row> diff(LockSplitDiff.Result d, ReportPaths paths) {
        List<DiffRow> rows = new ArrayList<>(d.rows());
        rows.sort(Comparator.comparingInt(AuditRows::rank));
        List<Row> out = new ArrayList<>();
        for (DiffRow r : rows) {
            String[] at = !r.after().isEmpty() ? r.after().get(0) : !r.before().isEmpty() ? r.before().get(0) : null;
            String outcome = r.outcome().name() + (r.outcome() == DiffOutcome.MOVED && !r.locks().isEmpty()
                    ? " (" + String.join(", ", r.locks()) + ")" : "");
            out.add(new Row(List.of(outcome, r.function(), r.field(), d.lockBefore(), String.join(", ", r.locks()),
                    locs(r.after(), paths), r.note()), at == null ? null : at[0],
                    at == null ? 0 : Integer.parseInt(at[1]),
                    r.outcome() == DiffOutcome.UNPROTECTED || r.outcome() == DiffOutcome.NEW_UNGUARDED));
        }
        return out;
    }

    private static int rank(DiffRow r) {
        return switch (r.outcome()) {
            case UNPROTECTED -> 0;
            case NEW_UNGUARDED -> 1;
            default -> 2;
        };
    }

    private static String where(StaticAccess a, ReportPaths paths) {
        return a.attributedTo() + " " + paths.display(a.file()) + ":" + a.line() + " " + a.kindName();
    }

    private static String wheres(List<StaticAccess> list, ReportPaths paths) {
        List<String> out = new ArrayList<>();
        list.forEach(a -> out.add(where(a, paths)));
        return String.join("; ", out);
    }

    private static String locs(List<String[]> l, ReportPaths paths) {
        List<String> out = new ArrayList<>();
        for (String[] x : l) {
            out.add(paths.display(x[0]) + ":" + x[1] + " " + x[2]);
        }
        return String.join(", ", out);
    }
}
