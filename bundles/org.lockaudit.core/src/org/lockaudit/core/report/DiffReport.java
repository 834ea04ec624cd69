package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.audit.DiffOutcome;
import org.lockaudit.core.audit.DiffRow;
import org.lockaudit.core.audit.LockSplitDiff;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The {@code diff} command's report (text, JSON per docs/diff.md, HTML). */
public final class DiffReport {
    private final LockSplitDiff.Result diff;
    private final ReportPaths paths;

    public DiffReport(LockSplitDiff.Result diff, ReportPaths paths) {
        this.diff = diff;
        this.paths = paths;
    }

    private String locs(List<String[]> l) {
        List<String> out = new ArrayList<>();
        for (String[] x : l) {
            out.add(paths.display(x[0]) + ":" + x[1] + " " + x[2]);
        }
        return String.join(", ", out);
    }

    public void text(Writer out) throws IOException {
        out.write("what " + diff.lockBefore() + " protected, and what protects it now:\n");
        for (DiffOutcome o : DiffOutcome.values()) {
            for (DiffRow r : diff.with(o)) {
                out.write(String.format("%-14s %-24s %-24s %s%n", o.id(), r.function(), r.field(),
                        (r.locks().isEmpty() ? "" : "-> " + String.join(", ", r.locks()) + "  ") + "(" + r.note() + ")"));
                out.write("               after: " + locs(r.after()) + (r.before().isEmpty() ? "" : "; before: " + locs(r.before())) + "\n");
                if (r.racing() != null) {
                    out.write("               concurrent: " + r.racing()[3] + " in " + r.racing()[0] + "() at "
                            + paths.display(r.racing()[1]) + ":" + r.racing()[2] + " (" + r.racing()[4] + ")\n");
                }
            }
        }
        out.write(summary() + "\n");
        out.flush();
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        for (DiffOutcome o : DiffOutcome.values()) {
            int n = diff.with(o).size();
            if (n > 0) {
                b.append(b.length() > 0 ? ", " : "").append(n).append(' ').append(o.id());
            }
        }
        return b.length() == 0 ? "nothing was protected by " + diff.lockBefore() : b.toString();
    }

    public JsonObject toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("tool", "LockAudit");
        root.addProperty("command", "diff");
        root.addProperty("lock", diff.lock());
        root.addProperty("lockBefore", diff.lockBefore());
        root.addProperty("lockAfter", diff.lockAfter());
        root.addProperty("unprotected", diff.with(DiffOutcome.UNPROTECTED).size());
        JsonArray rows = new JsonArray();
        for (DiffRow r : diff.rows()) {
            JsonObject o = new JsonObject();
            o.addProperty("function", r.function());
            o.addProperty("field", r.field());
            o.addProperty("outcome", r.outcome().id());
            JsonArray locks = new JsonArray();
            r.locks().forEach(locks::add);
            o.add("locks", locks);
            JsonArray held = new JsonArray();
            r.heldAfter().forEach(held::add);
            o.add("heldAfter", held);
            o.add("before", sites(r.before()));
            o.add("after", sites(r.after()));
            o.addProperty("note", r.note());
            if (r.racing() != null) {
                String[] q = r.racing();
                JsonObject c = new JsonObject();
                c.addProperty("function", q[0]);
                c.addProperty("file", paths.display(q[1]));
                c.addProperty("line", Integer.parseInt(q[2]));
                c.addProperty("kind", q[3]);
                c.addProperty("context", q[4]);
                JsonArray ql = new JsonArray();
                for (String l : q[5].isEmpty() ? new String[0] : q[5].split(", ")) {
                    ql.add(l);
                }
                c.add("held", ql);
                o.add("concurrent", c);
            }
            rows.add(o);
        }
        root.add("rows", rows);
        return root;
    }

    private JsonArray sites(List<String[]> l) {
        JsonArray a = new JsonArray();
        for (String[] x : l) {
            JsonObject o = new JsonObject();
            o.addProperty("file", paths.display(x[0]));
            o.addProperty("line", Integer.parseInt(x[1]));
            o.addProperty("kind", x[2]);
            a.add(o);
        }
        return a;
    }

    public void json(Writer out) throws IOException {
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(), out);
        out.write("\n");
        out.flush();
    }

    public void html(Writer out) throws IOException {
        HtmlPage page = new HtmlPage("LockAudit lock-split diff: " + diff.lockBefore());
        page.summary(summary() + ".");
        page.h2("Accesses " + diff.lockBefore() + " protected");
        List<List<String>> rows = new ArrayList<>();
        for (DiffRow r : diff.rows()) {
            boolean bad = r.outcome() == DiffOutcome.UNPROTECTED || r.outcome() == DiffOutcome.NEW_UNGUARDED;
            rows.add(List.of("<code>" + HtmlPage.esc(r.function()) + "</code>", "<code>" + HtmlPage.esc(r.field()) + "</code>",
                    "<span class=\"" + (bad ? "bad" : "ok") + "\">" + HtmlPage.esc(r.outcome().id()) + "</span>",
                    HtmlPage.esc(String.join(", ", r.locks())), HtmlPage.links(paths, r.before()),
                    HtmlPage.links(paths, r.after()), HtmlPage.esc(r.note())));
        }
        page.table("diff", List.of("Function", "Field", "Outcome", "Protected by", "Before", "After", "Why"), rows);
        page.write(out);
        out.flush();
    }
}
