package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;

import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.EvidenceStep;
import org.lockaudit.core.check.Finding;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The findings as JSON (format described in docs/analyze.md). */
public final class JsonReport implements ReportWriter {
    private final ReportPaths paths;
    private java.util.List<SkippedUnit> skipped = java.util.List.of();

    public JsonReport(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public ReportWriter skipped(java.util.List<SkippedUnit> units) {
        this.skipped = java.util.List.copyOf(units);
        return this;
    }

    @Override
    public void write(AnalysisResult result, Writer out) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("tool", "LockAudit");
        JsonArray arr = new JsonArray();
        for (Finding f : result.findings()) {
            arr.add(finding(f));
        }
        root.add("findings", arr);
        root.addProperty("suppressed", result.suppressed().size());
        root.add("skipped", SkippedUnit.json(skipped, paths));
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, out);
        out.write("\n");
    }

    JsonObject finding(Finding f) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", f.kind().id());
        o.addProperty("file", paths.display(f.file()));
        o.addProperty("line", f.line());
        o.addProperty("function", f.function());
        JsonArray locks = new JsonArray();
        f.locks().forEach(locks::add);
        o.add("locks", locks);
        o.addProperty("message", f.message());
        o.addProperty("fingerprint", f.fingerprint());
        JsonArray evidence = new JsonArray();
        for (EvidencePath p : f.evidence()) {
            JsonObject path = new JsonObject();
            path.addProperty("label", p.label());
            JsonArray steps = new JsonArray();
            for (EvidenceStep s : p.steps()) {
                JsonObject step = new JsonObject();
                step.addProperty("file", paths.display(s.file()));
                step.addProperty("line", s.line());
                step.addProperty("message", s.message());
                step.addProperty("held", s.heldAfter());
                steps.add(step);
            }
            path.add("steps", steps);
            evidence.add(path);
        }
        o.add("evidence", evidence);
        return o;
    }
}
