package org.lockaudit.core.report;

import java.io.IOException;
import java.io.Writer;

import org.lockaudit.core.AnalysisResult;

/** Renders an {@link AnalysisResult} in one output format. */
public interface ReportWriter {
    void write(AnalysisResult result, Writer out) throws IOException;

    /** The units the run did not analyse, reported with the findings (text summary, JSON, SARIF, HTML). */
    ReportWriter skipped(java.util.List<SkippedUnit> skipped);

    /** {@code text}, {@code json}, {@code sarif} or {@code html}; null for anything else. */
    static ReportWriter forFormat(String format, ReportPaths paths) {
        return switch (format) {
            case "text" -> new TextReport(paths);
            case "json" -> new JsonReport(paths);
            case "sarif" -> new SarifReport(paths);
            case "html" -> new HtmlReport(paths);
            default -> null;
        };
    }
}
