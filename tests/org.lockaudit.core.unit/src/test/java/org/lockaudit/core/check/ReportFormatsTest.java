package org.lockaudit.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.report.ReportPaths;
import org.lockaudit.core.report.ReportWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Every output format on the PCI example; SARIF validated against the official SARIF 2.1.0 schema. */
class ReportFormatsTest {
    static String render(String format) throws Exception {
        AnalysisResult r = ExamplesTest.analyse(ExamplesTest.EXAMPLES.resolve("before"));
        StringWriter w = new StringWriter();
        ReportWriter.forFormat(format, new ReportPaths(Path.of(System.getProperty("lockaudit.repo")))).write(r, w);
        return w.toString();
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws Exception {
        String sarif = render("sarif");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = factory.getSchema(in);
        }
        JsonNode doc = new ObjectMapper().readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertEquals(Set.of(), errors);
        JsonObject run = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals(FindingKind.values().length, run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").size());
        assertEquals(5, run.getAsJsonArray("results").size());
        JsonObject first = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertTrue(first.getAsJsonArray("codeFlows").get(0).getAsJsonObject().getAsJsonArray("threadFlows").size() >= 1);
    }

    @Test
    void jsonTextAndHtml() throws Exception {
        JsonObject json = JsonParser.parseString(render("json")).getAsJsonObject();
        assertEquals(5, json.getAsJsonArray("findings").size());
        JsonObject f = json.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals(Set.of("kind", "file", "line", "function", "locks", "message", "fingerprint", "evidence"), f.keySet());
        assertEquals("examples/pci/before/fault.c", f.get("file").getAsString());
        String text = render("text");
        assertTrue(text.startsWith("examples/pci/before/fault.c:53: irq-mismatch: "), text);
        assertTrue(text.endsWith("5 findings\n"), text);
        String html = render("html");
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("double-acquire"));
        assertTrue(!html.contains("http://") && !html.contains("https://"), "self-contained: no external resource");
    }

    @Test
    void baselineSurvivesLineShiftsAndSuppressionsNeedReasons() throws Exception {
        Path dir = Files.createTempDirectory("la-baseline");
        Path inc = Files.createDirectories(dir.resolve("include"));
        Files.copy(CheckFixturesTest.DIR.resolve("include/locks.h"), inc.resolve("locks.h"));
        String body = """
                #include <locks.h>
                static spinlock_t l;
                void f(void)
                {
                	spin_lock(&l);
                	spin_lock(&l);
                	spin_unlock(&l);
                }
                """;
        Path c = dir.resolve("t.c");
        Files.writeString(c, body);
        AnalysisResult first = analyse(dir, c);
        assertEquals(1, first.findings().size());
        Path baseline = dir.resolve("baseline.json");
        Baseline.write(baseline, first.findings());
        Files.writeString(c, "/* a new comment\n shifting lines */\n" + body);
        AnalysisResult shifted = analyse(dir, c);
        assertEquals(8, shifted.findings().get(0).line());
        assertEquals(List.of(), Baseline.read(baseline).newFindings(shifted.findings()));

        Files.writeString(c, body.replace("\tspin_lock(&l);\n\tspin_unlock", "\tspin_lock(&l); /* lockaudit: ignore double-acquire: test */\n\tspin_unlock"));
        AnalysisResult suppressed = analyse(dir, c);
        assertEquals(List.of(), suppressed.findings());
        assertEquals(1, suppressed.suppressed().size());
        Files.writeString(c, body.replace("\tspin_lock(&l);\n\tspin_unlock", "\t/* lockaudit: ignore double-acquire */\n\tspin_lock(&l);\n\tspin_unlock"));
        AnalysisResult noReason = analyse(dir, c);
        assertEquals(List.of("suppression-without-reason@6"),
                noReason.findings().stream().map(x -> x.kind().id() + "@" + x.line()).toList());
    }

    static AnalysisResult analyse(Path dir, Path c) {
        org.lockaudit.core.config.TreeConfig.Builder b = new org.lockaudit.core.config.TreeConfig.Builder();
        b.includePath(dir.resolve("include").toAbsolutePath());
        return org.lockaudit.core.Analysis.run(org.lockaudit.core.FactsAnalysis.run(b.build(), List.of(c), null), null);
    }
}
