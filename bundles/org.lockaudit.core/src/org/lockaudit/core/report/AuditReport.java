package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.audit.CriticalSection;
import org.lockaudit.core.audit.LockAudit;
import org.lockaudit.core.audit.ProtectedField;
import org.lockaudit.core.inference.StaticAccess;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The {@code audit} command's report (text, JSON per docs/audit.md, HTML). */
public final class AuditReport {
    private final LockAudit.Result audit;
    private final ReportPaths paths;

    public AuditReport(LockAudit.Result audit, ReportPaths paths) {
        this.audit = audit;
        this.paths = paths;
    }

    private String where(StaticAccess a) {
        return a.attributedTo() + " (" + paths.display(a.file()) + ":" + a.line() + ", " + a.kindName() + ")";
    }

    public void text(Writer out) throws IOException {
        out.write("lock " + audit.lock() + (audit.requested().equals(audit.lock()) ? "" : " (via " + audit.requested() + ")")
                + ": " + audit.sections().size() + " critical sections, " + audit.protectedSet().size()
                + " fields accessed under it\n\ncritical sections:\n");
        for (CriticalSection s : audit.sections()) {
            out.write("  " + s.function() + " " + paths.display(s.file()) + ":" + s.startLine() + "-" + s.endLine() + " ["
                    + s.how() + "]" + (s.heldForNothing() ? " HELD FOR NOTHING" : "") + "\n");
            if (!s.callees().isEmpty()) {
                out.write("      callees: " + String.join(", ", s.callees()) + "\n");
            }
            if (!s.touched().isEmpty()) {
                out.write("      protects: " + String.join(", ", s.touched()) + "\n");
            }
        }
        out.write("\nprotected set:\n");
        for (ProtectedField p : audit.protectedSet()) {
            out.write("  " + p.field() + ": " + (p.mutable() ? p.role() + (p.coGuards().isEmpty() ? "" : " with "
                    + String.join(", ", p.coGuards())) : "needs no lock (" + p.guard() + ")") + "; guard: " + p.guard()
                    + "; " + p.under().size() + " accesses under the lock\n");
            for (StaticAccess a : p.without()) {
                out.write("      also without it: " + where(a) + "\n");
            }
        }
        out.write("\nheld for nothing:\n");
        for (CriticalSection s : audit.heldForNothing()) {
            out.write("  " + s.function() + " " + paths.display(s.file()) + ":" + s.startLine() + ": touches no mutable field of the protected set\n");
        }
        out.write("\nleft unprotected if " + audit.lock() + " disappeared:\n");
        for (ProtectedField p : audit.leftUnprotected()) {
            List<String> w = new ArrayList<>();
            p.bare().forEach(a -> w.add(where(a)));
            out.write("  " + p.field() + ": " + String.join(", ", w) + "\n");
        }
        out.flush();
    }

    public JsonObject toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("tool", "LockAudit");
        root.addProperty("command", "audit");
        root.addProperty("lock", audit.lock());
        root.addProperty("requested", audit.requested());
        JsonArray secs = new JsonArray();
        for (CriticalSection s : audit.sections()) {
            JsonObject o = new JsonObject();
            o.addProperty("function", s.function());
            o.addProperty("file", paths.display(s.file()));
            o.addProperty("startLine", s.startLine());
            o.addProperty("endLine", s.endLine());
            o.addProperty("how", s.how());
            o.add("callees", strings(s.callees()));
            o.add("fields", strings(s.directFields()));
            o.add("protects", strings(s.touched()));
            o.addProperty("heldForNothing", s.heldForNothing());
            secs.add(o);
        }
        root.add("sections", secs);
        JsonArray ps = new JsonArray();
        for (ProtectedField p : audit.protectedSet()) {
            JsonObject o = new JsonObject();
            o.addProperty("field", p.field());
            o.addProperty("guard", p.guard());
            o.addProperty("mutable", p.mutable());
            o.addProperty("role", p.mutable() ? p.role() : "needs-no-lock");
            o.add("coGuards", strings(p.coGuards()));
            o.add("under", accesses(p.under()));
            o.add("without", accesses(p.without()));
            ps.add(o);
        }
        root.add("protectedSet", ps);
        JsonArray hfn = new JsonArray();
        for (CriticalSection s : audit.heldForNothing()) {
            JsonObject o = new JsonObject();
            o.addProperty("function", s.function());
            o.addProperty("file", paths.display(s.file()));
            o.addProperty("line", s.startLine());
            hfn.add(o);
        }
        root.add("heldForNothing", hfn);
        JsonArray left = new JsonArray();
        for (ProtectedField p : audit.leftUnprotected()) {
            JsonObject o = new JsonObject();
            o.addProperty("field", p.field());
            o.add("accesses", accesses(p.bare()));
            left.add(o);
        }
        root.add("leftUnprotected", left);
        return root;
    }

    private JsonArray accesses(List<StaticAccess> list) {
        JsonArray arr = new JsonArray();
        for (StaticAccess a : list) {
            JsonObject x = new JsonObject();
            x.addProperty("function", a.attributedTo());
            x.addProperty("file", paths.display(a.file()));
            x.addProperty("line", a.line());
            x.addProperty("kind", a.kindName());
            arr.add(x);
        }
        return arr;
    }

    private static JsonArray strings(List<String> l) {
        JsonArray a = new JsonArray();
        l.forEach(a::add);
        return a;
    }

    public void json(Writer out) throws IOException {
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(), out);
        out.write("\n");
        out.flush();
    }

    public void html(Writer out) throws IOException {
        HtmlPage page = new HtmlPage("LockAudit audit: " + audit.lock());
        page.summary(audit.sections().size() + " critical sections, " + audit.protectedSet().size() + " fields accessed under "
                + audit.lock() + ", " + audit.heldForNothing().size() + " held for nothing.");
        page.h2("Critical sections");
        List<List<String>> rows = new ArrayList<>();
        for (CriticalSection s : audit.sections()) {
            rows.add(List.of("<code>" + HtmlPage.esc(s.function()) + "</code>",
                    HtmlPage.sourceLink(paths, s.file(), s.startLine()) + HtmlPage.esc("-" + s.endLine()), HtmlPage.esc(s.how()),
                    HtmlPage.esc(String.join(", ", s.callees())), HtmlPage.esc(String.join(", ", s.touched())),
                    s.heldForNothing() ? "<span class=\"bad\">held for nothing</span>"
                            : "<span class=\"ok\">needed</span>" + (s.touched().isEmpty() ? "" : ": protects "
                                    + s.touched().size() + (s.touched().size() == 1 ? " field" : " fields"))));
        }
        page.table("sections", List.of("Function", "Span", "How held", "Callees under it", "Protects", "Verdict"), rows);
        page.h2("Protected set");
        List<List<String>> pr = new ArrayList<>();
        for (ProtectedField p : audit.protectedSet()) {
            List<String[]> w = new ArrayList<>();
            p.without().forEach(a -> w.add(new String[] {a.file(), String.valueOf(a.line()), a.attributedTo()}));
            pr.add(List.of("<code>" + HtmlPage.esc(p.field()) + "</code>", HtmlPage.esc(p.guard()),
                    HtmlPage.esc(p.mutable() ? p.role() : "needs no lock"), HtmlPage.esc(String.join(", ", p.coGuards())),
                    String.valueOf(p.under().size()), HtmlPage.links(paths, w)));
        }
        page.table("protected", List.of("Field", "Guard", "Role", "Co-guards", "Accesses under the lock",
                "Also accessed without it"), pr);
        page.h2("Left unprotected if " + audit.lock() + " disappeared");
        List<List<String>> lr = new ArrayList<>();
        for (ProtectedField p : audit.leftUnprotected()) {
            List<String[]> w = new ArrayList<>();
            p.bare().forEach(a -> w.add(new String[] {a.file(), String.valueOf(a.line()), a.attributedTo()}));
            lr.add(List.of("<code>" + HtmlPage.esc(p.field()) + "</code>", HtmlPage.links(paths, w)));
        }
        page.table("unprotected", List.of("Field", "Accesses with no other lock"), lr);
        page.write(out);
        out.flush();
    }
}
