package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;

import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.EvidenceStep;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingKind;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF 2.1.0: one run, one rule per finding kind (all kinds, so rule indices are stable), one result per finding
 * with its location, the function as a logical location, a partial fingerprint, and one code flow whose thread
 * flows are the evidence paths. Artifact URIs are relative to the {@code SRCROOT} base (the working directory).
 */
public final class SarifReport implements ReportWriter {
    static final String FINGERPRINT_KEY = "lockaudit/v1";
    /** The SARIF 2.1.0 schema (OASIS errata 01). */
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final ReportPaths paths;
    private java.util.List<SkippedUnit> skipped = java.util.List.of();

    public SarifReport(ReportPaths paths) {
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
        root.addProperty("$schema", SCHEMA);
        root.addProperty("version", "2.1.0");
        JsonObject run = new JsonObject();
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "LockAudit");
        driver.addProperty("version", "0.1.0");
        JsonArray rules = new JsonArray();
        for (FindingKind k : FindingKind.values()) {
            JsonObject rule = new JsonObject();
            rule.addProperty("id", k.id());
            rule.addProperty("name", camel(k.id()));
            rule.add("shortDescription", text(k.title()));
            rule.add("fullDescription", text(k.description()));
            JsonObject config = new JsonObject();
            config.addProperty("level", k == FindingKind.SUPPRESSION_WITHOUT_REASON ? "note" : "warning");
            rule.add("defaultConfiguration", config);
            rules.add(rule);
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        run.add("tool", tool);
        JsonObject bases = new JsonObject();
        JsonObject srcroot = new JsonObject();
        String baseUri = paths.base().toUri().toString();
        srcroot.addProperty("uri", baseUri.endsWith("/") ? baseUri : baseUri + "/");
        bases.add("SRCROOT", srcroot);
        run.add("originalUriBaseIds", bases);
        run.add("invocations", invocations());
        JsonArray results = new JsonArray();
        for (Finding f : result.findings()) {
            results.add(result(f));
        }
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        root.add("runs", runs);
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, out);
        out.write("\n");
    }

    /** One invocation: successful; each skipped unit a warning notification at the unit. */
    private JsonArray invocations() {
        JsonObject inv = new JsonObject();
        inv.addProperty("executionSuccessful", true);
        JsonArray notes = new JsonArray();
        for (SkippedUnit s : skipped) {
            JsonObject n = new JsonObject();
            n.addProperty("level", "warning");
            n.add("message", text("unit not analysed: " + s.reason()));
            JsonObject descriptor = new JsonObject();
            descriptor.addProperty("id", "skipped-unit");
            n.add("descriptor", descriptor);
            JsonArray locs = new JsonArray();
            JsonObject loc = location(s.file(), 1, null);
            loc.getAsJsonObject("physicalLocation").remove("region");
            locs.add(loc);
            n.add("locations", locs);
            notes.add(n);
        }
        inv.add("toolExecutionNotifications", notes);
        JsonArray a = new JsonArray();
        a.add(inv);
        return a;
    }

    private JsonObject result(Finding f) {
        JsonObject r = new JsonObject();
        r.addProperty("ruleId", f.kind().id());
        r.addProperty("ruleIndex", f.kind().ordinal());
        r.addProperty("level", f.kind() == FindingKind.SUPPRESSION_WITHOUT_REASON ? "note" : "warning");
        r.add("message", text(f.message()));
        JsonObject loc = location(f.file(), f.line(), null);
        JsonArray logical = new JsonArray();
        JsonObject fn = new JsonObject();
        fn.addProperty("name", f.function());
        fn.addProperty("kind", "function");
        logical.add(fn);
        loc.add("logicalLocations", logical);
        JsonArray locations = new JsonArray();
        locations.add(loc);
        r.add("locations", locations);
        JsonObject fp = new JsonObject();
        fp.addProperty(FINGERPRINT_KEY, f.fingerprint());
        r.add("partialFingerprints", fp);
        if (!f.evidence().isEmpty()) {
            JsonObject flow = new JsonObject();
            JsonArray threadFlows = new JsonArray();
            for (EvidencePath p : f.evidence()) {
                JsonObject tf = new JsonObject();
                tf.add("message", text(p.label()));
                JsonArray steps = new JsonArray();
                for (EvidenceStep s : p.steps()) {
                    JsonObject tfl = new JsonObject();
                    tfl.add("location", location(s.file(), s.line(),
                            s.message() + (s.heldAfter().isEmpty() ? "" : " (held: " + s.heldAfter() + ")")));
                    steps.add(tfl);
                }
                if (steps.isEmpty()) {
                    JsonObject tfl = new JsonObject();
                    tfl.add("location", location(f.file(), f.line(), f.message()));
                    steps.add(tfl);
                }
                tf.add("locations", steps);
                threadFlows.add(tf);
            }
            flow.add("threadFlows", threadFlows);
            JsonArray flows = new JsonArray();
            flows.add(flow);
            r.add("codeFlows", flows);
        }
        return r;
    }

    private JsonObject location(String file, int line, String message) {
        JsonObject physical = new JsonObject();
        JsonObject artifact = new JsonObject();
        String shown = paths.display(file);
        boolean relative = !shown.startsWith("/");
        artifact.addProperty("uri", relative ? shown : java.nio.file.Path.of(shown).toUri().toString());
        if (relative) {
            artifact.addProperty("uriBaseId", "SRCROOT");
        }
        physical.add("artifactLocation", artifact);
        JsonObject region = new JsonObject();
        region.addProperty("startLine", Math.max(1, line));
        physical.add("region", region);
        JsonObject loc = new JsonObject();
        loc.add("physicalLocation", physical);
        if (message != null) {
            loc.add("message", text(message));
        }
        return loc;
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }
}
