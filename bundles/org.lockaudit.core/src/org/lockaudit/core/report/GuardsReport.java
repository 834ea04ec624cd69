package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingCollector;
import org.lockaudit.core.inference.AccessSite;
import org.lockaudit.core.inference.Counterexample;
import org.lockaudit.core.inference.FieldGuard;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.inference.GuardFindings;
import org.lockaudit.core.inference.StaticAccess;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The {@code guards} command's report: every field's guard with its evidence (text, JSON per docs/guards.md, HTML). */
public final class GuardsReport {
    /** The heuristics every guards report states. */
    public static final List<String> HEURISTICS = List.of(
            "An access holds a lock only if it is held on every path to it, in every calling context (one caller without it is enough for a race).",
            "Accesses through a pointer fresh from an allocator, before the object is published (list_add-like call, store of the pointer, or passing it to a function that publishes it), and after it is unlinked for the last time (list_del-like) before it is freed, are exempt: the object is private there.",
            "Atomic accesses (the address passed to __atomic_*/atomic_* helpers) need no lock.",
            "A field written only while private is init-only; one never written is immutable: neither has a guard to find, neither is reported.",
            "The guard is the lock held at every write, then at the most accesses, then the narrowest: the object's own lock (same base, same struct), then another object's member lock, then a global lock.",
            "A counted reference (get/put) keeps an object alive; it never counts as a guard (lifetime-only).",
            "Declared guards (comments, attributes, lockaudit.json \"guards\") replace the inferred one; accesses without them are declared-guard-violation findings.",
            "unguarded-access: the guard is held at every write and at no less than the minimum support of the accesses that need a lock.");

    private final GuardAnalysis.Result result;
    private final String struct;
    private final ReportPaths paths;
    private final List<FieldGuard> fields = new ArrayList<>();
    private final List<Finding> findings;

    public GuardsReport(GuardAnalysis.Result result, String struct, ReportPaths paths) {
        this.result = result;
        this.struct = struct;
        this.paths = paths;
        for (FieldGuard g : result.fields().values()) {
            if (struct == null || g.field().startsWith(struct + ".")) {
                fields.add(g);
            }
        }
        FindingCollector c = new FindingCollector();
        GuardFindings.report(result.fields(), result.options(), c);
        this.findings = c.sorted().stream()
                .filter(f -> struct == null || f.message().contains(" " + struct + ".")).toList();
    }

    /** The unguarded-access and declared-guard-violation findings shown. */
    public List<Finding> findings() {
        return findings;
    }

    public List<FieldGuard> fields() {
        return fields;
    }

    public void text(Writer out) throws IOException {
        for (FieldGuard g : fields) {
            out.write(g.field() + ": " + g.guardText() + (g.declared() != null ? " [declared: " + g.declared().where() + "]"
                    : g.status() == org.lockaudit.core.inference.FieldStatus.GUARDED
                            ? g.strong(result.options()) ? " [inferred]" : " [inferred, weak: no clear majority, no findings]"
                            : "") + "\n");
            if (g.guard() != null) {
                out.write("    " + g.supportText() + "\n");
            }
            if (g.staleDeclaration()) {
                out.write("    declaration looks stale: no access holds " + g.declared().lock() + "\n");
            }
            for (Counterexample c : g.counterexamples()) {
                out.write("    without it: " + c.function() + " (" + paths.display(c.file()) + ":" + c.line() + ", " + c.kind()
                        + ") holds " + (c.held().isEmpty() ? "nothing" : String.join(", ", c.held())) + ", " + c.context()
                        + (c.reference() != null ? "; lifetime only: " + c.reference() : "") + "\n");
            }
            for (StaticAccess a : g.exempt()) {
                out.write("    exempt: " + a.attributedTo() + " (" + paths.display(a.file()) + ":" + a.line() + ", "
                        + a.kindName() + "): " + a.first().exemption().describe() + "\n");
            }
            if (g.atomicAccesses() > 0) {
                out.write("    atomic accesses: " + g.atomicAccesses() + "\n");
            }
        }
        for (Finding f : findings) {
            out.write(paths.display(f.file()) + ":" + f.line() + ": " + f.kind().id() + ": " + f.message() + " ["
                    + f.function() + "]\n");
        }
        out.write(fields.size() + " field" + (fields.size() == 1 ? "" : "s") + ", " + findings.size() + " finding"
                + (findings.size() == 1 ? "" : "s") + "\n");
        out.flush();
    }

    public JsonObject toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("tool", "LockAudit");
        root.addProperty("command", "guards");
        if (struct != null) {
            root.addProperty("struct", struct);
        }
        root.addProperty("minSupport", result.options().minSupport());
        JsonArray h = new JsonArray();
        HEURISTICS.forEach(h::add);
        root.add("heuristics", h);
        JsonArray arr = new JsonArray();
        for (FieldGuard g : fields) {
            arr.add(field(g));
        }
        root.add("fields", arr);
        JsonArray fs = new JsonArray();
        JsonReport jr = new JsonReport(paths);
        findings.forEach(f -> fs.add(jr.finding(f)));
        root.add("findings", fs);
        return root;
    }

    private JsonObject field(FieldGuard g) {
        JsonObject o = new JsonObject();
        o.addProperty("field", g.field());
        o.addProperty("global", g.global());
        o.addProperty("status", g.status().id());
        if (g.guard() != null) {
            JsonObject guard = new JsonObject();
            guard.addProperty("lock", g.guard().lock());
            guard.addProperty("relation", g.guard().relation().name().toLowerCase());
            guard.addProperty("display", g.guard().display());
            o.add("guard", guard);
            o.addProperty("source", g.declared() != null ? "declared" : "inferred");
            o.addProperty("strength", g.strength(result.options()));
        } else {
            o.add("guard", com.google.gson.JsonNull.INSTANCE);
        }
        o.addProperty("summary", g.guard() != null ? g.supportText() : g.guardText());
        if (g.declared() != null) {
            JsonObject d = new JsonObject();
            d.addProperty("lock", g.declared().lock());
            d.addProperty("source", g.declared().source());
            if (g.declared().file() != null) {
                d.addProperty("file", paths.display(g.declared().file()));
                d.addProperty("line", g.declared().line());
            }
            d.addProperty("stale", g.staleDeclaration());
            o.add("declared", d);
        }
        JsonObject s = new JsonObject();
        s.addProperty("held", g.held());
        s.addProperty("accesses", g.accesses());
        s.addProperty("heldWrites", g.heldWrites());
        s.addProperty("writes", g.writes());
        s.addProperty("ratio", Math.round(g.support() * 1000) / 1000.0);
        o.add("support", s);
        JsonArray cands = new JsonArray();
        for (FieldGuard.Candidate c : g.candidates()) {
            JsonObject x = new JsonObject();
            x.addProperty("lock", c.lock().lock());
            x.addProperty("relation", c.lock().relation().name().toLowerCase());
            x.addProperty("held", c.held());
            x.addProperty("heldWrites", c.heldWrites());
            cands.add(x);
        }
        o.add("candidates", cands);
        JsonArray ce = new JsonArray();
        for (Counterexample c : g.counterexamples()) {
            JsonObject x = new JsonObject();
            x.addProperty("function", c.function());
            x.addProperty("file", paths.display(c.file()));
            x.addProperty("line", c.line());
            x.addProperty("kind", c.kind());
            JsonArray held = new JsonArray();
            c.held().forEach(held::add);
            x.add("held", held);
            x.addProperty("context", c.context());
            if (c.reference() != null) {
                x.addProperty("lifetimeOnly", c.reference());
            }
            ce.add(x);
        }
        o.add("counterexamples", ce);
        JsonArray ex = new JsonArray();
        for (StaticAccess a : g.exempt()) {
            JsonObject x = access(a);
            x.addProperty("reason", a.first().exemption().describe());
            ex.add(x);
        }
        o.add("exempt", ex);
        o.addProperty("atomicAccesses", g.atomicAccesses());
        JsonArray all = new JsonArray();
        for (StaticAccess a : g.sites()) {
            JsonObject x = access(a);
            JsonArray ctx = new JsonArray();
            for (AccessSite site : a.contexts()) {
                JsonObject c = new JsonObject();
                c.addProperty("context", site.context().describe());
                JsonArray held = new JsonArray();
                site.mustDisplay().forEach(held::add);
                c.add("held", held);
                ctx.add(c);
            }
            x.add("contexts", ctx);
            x.addProperty("exempt", a.first().exempt());
            x.addProperty("atomic", a.first().atomic());
            all.add(x);
        }
        o.add("accesses", all);
        return o;
    }

    private JsonObject access(StaticAccess a) {
        JsonObject x = new JsonObject();
        x.addProperty("function", a.attributedTo());
        x.addProperty("file", paths.display(a.file()));
        x.addProperty("line", a.line());
        x.addProperty("kind", a.kindName());
        return x;
    }

    public void json(Writer out) throws IOException {
        new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(toJson(), out);
        out.write("\n");
        out.flush();
    }

    public void html(Writer out) throws IOException {
        HtmlPage page = new HtmlPage("LockAudit guards" + (struct != null ? ": struct " + struct : ""));
        page.summary(fields.size() + " fields and globals, " + findings.size() + " findings.");
        page.h2("Fields and globals");
        List<List<String>> rows = new ArrayList<>();
        for (FieldGuard g : fields) {
            List<String[]> ce = new ArrayList<>();
            for (Counterexample c : g.counterexamples()) {
                ce.add(new String[] {c.file(), String.valueOf(c.line()), c.function() + " (" + c.kind()
                        + (c.reference() != null ? ", lifetime only" : "") + ")"});
            }
            List<String[]> ex = new ArrayList<>();
            for (StaticAccess a : g.exempt()) {
                ex.add(new String[] {a.file(), String.valueOf(a.line()), a.attributedTo() + " (" + a.kindName() + ")"});
            }
            rows.add(List.of("<code>" + HtmlPage.esc(g.field()) + "</code>", HtmlPage.esc(g.guardText()),
                    HtmlPage.esc(g.declared() != null ? "declared" : g.guard() != null ? "inferred" : g.status().id()),
                    "<span data-v=\"" + g.support() + "\">" + HtmlPage.esc(g.held() + "/" + g.accesses()) + "</span>",
                    HtmlPage.esc(g.heldWrites() + "/" + g.writes()), HtmlPage.links(paths, ex),
                    ce.isEmpty() ? "" : "<span class=\"bad\">" + HtmlPage.links(paths, ce) + "</span>"));
        }
        page.table("fields", List.of("Field", "Guard", "Source", "Support", "Writes held", "Exempt accesses",
                "Counter-examples"), rows);
        if (!findings.isEmpty()) {
            page.h2("Findings");
            List<List<String>> fr = new ArrayList<>();
            for (Finding f : findings) {
                fr.add(List.of(HtmlPage.esc(f.kind().id()), HtmlPage.sourceLink(paths, f.file(), f.line()),
                        "<code>" + HtmlPage.esc(f.function()) + "</code>", HtmlPage.esc(f.message())));
            }
            page.table("findings", List.of("Kind", "Where", "Function", "Message"), fr);
        }
        page.h2("Heuristics");
        page.list(HEURISTICS);
        page.write(out);
        out.flush();
    }
}
