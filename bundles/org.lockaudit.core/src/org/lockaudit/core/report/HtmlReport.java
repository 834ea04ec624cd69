package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.EvidenceStep;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingKind;

/** One self-contained HTML page (inline style, no scripts, no external resources): counts, then every finding. */
public final class HtmlReport implements ReportWriter {
    private final ReportPaths paths;

    public HtmlReport(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public void write(AnalysisResult result, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LockAudit report</title>\n<style>\n"
                + "body{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.4em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
                + ".finding{border:1px solid #ccc;border-left:4px solid #c60;margin:1em 0;padding:.5em 1em}"
                + ".kind{font-weight:bold;color:#c60}.loc{font-family:monospace}"
                + "ol{font-family:monospace;font-size:.9em}.held{color:#666}\n</style></head><body>\n");
        out.write("<h1>LockAudit: " + result.findings().size() + " finding" + (result.findings().size() == 1 ? "" : "s")
                + "</h1>\n");
        Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
        result.findings().forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        out.write("<table><tr><th>Kind</th><th>Findings</th></tr>\n");
        for (Map.Entry<FindingKind, Integer> e : counts.entrySet()) {
            out.write("<tr><td>" + esc(e.getKey().id()) + "</td><td>" + e.getValue() + "</td></tr>\n");
        }
        out.write("</table>\n");
        int i = 0;
        for (Finding f : result.findings()) {
            out.write("<div class=\"finding\" id=\"f" + (++i) + "\"><div><span class=\"loc\">"
                    + esc(paths.display(f.file()) + ":" + f.line()) + "</span> <span class=\"kind\">" + esc(f.kind().id())
                    + "</span> in <code>" + esc(f.function()) + "()</code></div><p>" + esc(f.message()) + "</p>\n");
            for (EvidencePath p : f.evidence()) {
                out.write("<div>" + esc(p.label()) + "</div><ol>\n");
                for (EvidenceStep s : p.steps()) {
                    out.write("<li>" + esc(paths.display(s.file()) + ":" + s.line() + ": " + s.message())
                            + (s.heldAfter().isEmpty() ? "" : " <span class=\"held\">held: " + esc(s.heldAfter()) + "</span>")
                            + "</li>\n");
                }
                out.write("</ol>\n");
            }
            out.write("</div>\n");
        }
        if (!result.suppressed().isEmpty()) {
            out.write("<p>" + result.suppressed().size() + " finding(s) suppressed by comments.</p>\n");
        }
        out.write("</body></html>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
