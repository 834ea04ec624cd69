package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.EvidenceStep;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingKind;

/**
 * The findings as one self-contained HTML page ({@link HtmlPage}'s template): counts per kind, filters by kind,
 * file and lock, a table of contents (kinds, then each finding), then every finding ({@code #f1}, {@code #f2}, ...)
 * with its evidence paths, each step anchored ({@code #f1-p1-s2}) and linked to its source line.
 */
public final class HtmlReport implements ReportWriter {
    private final ReportPaths paths;
    private List<SkippedUnit> skipped = List.of();

    public HtmlReport(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public ReportWriter skipped(List<SkippedUnit> units) {
        this.skipped = List.copyOf(units);
        return this;
    }

    @Override
    public void write(AnalysisResult result, Writer out) throws IOException {
        List<Finding> findings = result.findings();
        int n = findings.size();
        HtmlPage page = new HtmlPage("LockAudit: " + n + " finding" + (n == 1 ? "" : "s"));
        Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
        TreeSet<String> files = new TreeSet<>();
        TreeSet<String> locks = new TreeSet<>();
        Map<FindingKind, String> first = new EnumMap<>(FindingKind.class);
        int at = 0;
        for (Finding f : findings) {
            first.putIfAbsent(f.kind(), "f" + (++at));
            counts.merge(f.kind(), 1, Integer::sum);
            files.add(paths.display(f.file()));
            f.locks().forEach(l -> locks.add(lockName(l)));
        }
        List<String> kinds = counts.keySet().stream().map(FindingKind::id).toList();
        page.filter("kind", "Kind", kinds).filter("file", "File", files).filter("lock", "Lock", locks);
        if (!result.suppressed().isEmpty()) {
            page.summary(result.suppressed().size() + " finding(s) suppressed.");
        }
        page.h2("Findings by kind");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<FindingKind, Integer> e : counts.entrySet()) {
            rows.add(List.of("<a href=\"#" + first.get(e.getKey()) + "\">" + esc(e.getKey().id()) + "</a>",
                    String.valueOf(e.getValue())));
        }
        page.table("kinds", List.of("Kind", "Findings"), rows);
        int i = 0;
        for (Finding f : findings) {
            i++;
            StringBuilder s = new StringBuilder();
            String id = "f" + i;
            s.append("<div class=\"finding filterable\" id=\"").append(id).append("\" data-kind=\"").append(esc(f.kind().id()))
                    .append("\" data-file=\"").append(esc(paths.display(f.file()))).append("\" data-locks=\"")
                    .append(esc(String.join(" ", f.locks().stream().map(HtmlReport::lockName).toList()))).append("\">")
                    .append("<div><a class=\"step-anchor\" href=\"#").append(id).append("\">#").append(i).append("</a>")
                    .append(HtmlPage.sourceLink(paths, f.file(), f.line())).append(" <span class=\"kind\">")
                    .append(esc(f.kind().id())).append("</span> in <code>").append(esc(f.function()))
                    .append("()</code></div><p>").append(esc(f.message())).append("</p>\n");
            int p = 0;
            for (EvidencePath path : f.evidence()) {
                p++;
                s.append("<div>").append(esc(path.label())).append("</div><ol class=\"steps\">\n");
                int k = 0;
                for (EvidenceStep st : path.steps()) {
                    String sid = id + "-p" + p + "-s" + (++k);
                    s.append("<li id=\"").append(sid).append("\"><a class=\"step-anchor\" href=\"#").append(sid)
                            .append("\">&#182;</a>").append(HtmlPage.sourceLink(paths, st.file(), st.line())).append(": ")
                            .append(esc(st.message()))
                            .append(st.heldAfter().isEmpty() ? "" : " <span class=\"held\">held: " + esc(st.heldAfter()) + "</span>")
                            .append("</li>\n");
                }
                s.append("</ol>\n");
            }
            s.append("</div>\n");
            page.raw(s.toString());
        }
        // table of contents: each kind, with its findings under it
        for (FindingKind k : counts.keySet()) {
            List<String[]> entries = new ArrayList<>();
            int j = 0;
            for (Finding f : findings) {
                j++;
                if (f.kind() == k) {
                    entries.add(new String[] {"f" + j, paths.display(f.file()) + ":" + f.line() + " " + f.function()});
                }
            }
            page.toc(first.get(k), k.id() + " (" + entries.size() + ")").tocSub(entries);
        }
        if (!skipped.isEmpty()) {
            page.raw(HtmlPage.skippedSection(skipped, paths));
            page.toc("skipped", "Skipped units (" + skipped.size() + ")");
        }
        page.write(out);
    }

    /** The lock as the filter lists it: its name without the instance ({@code pci_dev.lock (pdev)} → {@code pci_dev.lock}). */
    static String lockName(String display) {
        int paren = display.indexOf(" (");
        return (paren > 0 ? display.substring(0, paren) : display).replace(' ', '_');
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
