package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;

import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.check.EvidencePath;
import org.lockaudit.core.check.EvidenceStep;
import org.lockaudit.core.check.Finding;

/**
 * Compiler-style text: {@code file:line: kind: message [function]}, then each evidence path indented, one step a
 * line with the locks held after it; a count at the end.
 */
public final class TextReport implements ReportWriter {
    private final ReportPaths paths;
    private java.util.List<SkippedUnit> skipped = java.util.List.of();

    public TextReport(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public ReportWriter skipped(java.util.List<SkippedUnit> units) {
        this.skipped = java.util.List.copyOf(units);
        return this;
    }

    @Override
    public void write(AnalysisResult result, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write(paths.display(f.file()) + ":" + f.line() + ": " + f.kind().id() + ": " + f.message() + " ["
                    + f.function() + "]\n");
            for (EvidencePath p : f.evidence()) {
                out.write("    " + p.label() + ":\n");
                for (EvidenceStep s : p.steps()) {
                    out.write("      " + paths.display(s.file()) + ":" + s.line() + ": " + s.message()
                            + (s.heldAfter().isEmpty() ? "" : "  held: " + s.heldAfter()) + "\n");
                }
            }
        }
        int n = result.findings().size();
        out.write(n == 0 ? "no findings\n" : n + (n == 1 ? " finding\n" : " findings\n"));
        out.write(SkippedUnit.text(skipped, paths));
    }
}
