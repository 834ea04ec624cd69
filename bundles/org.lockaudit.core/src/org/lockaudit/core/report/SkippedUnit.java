package org.lockaudit.core.report;

import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.FactsResult;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.TranslationUnitFacts;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A translation unit the run did not analyse, and why (its diagnostic): every report lists them, so a run that
 * analysed nothing never looks clean.
 */
public record SkippedUnit(String file, String reason) {
    /** The skipped units of a run, in input order. */
    public static List<SkippedUnit> of(FactsResult facts) {
        List<SkippedUnit> out = new ArrayList<>();
        java.util.Set<String> skipped = new java.util.HashSet<>(facts.skipped());
        for (TranslationUnitFacts tu : facts.units()) {
            if (skipped.contains(tu.getPath())) {
                String reason = tu.getDiagnostics().stream().map(Diagnostic::getMessage).findFirst().orElse("skipped");
                out.add(new SkippedUnit(tu.getPath(), reason));
            }
        }
        return out;
    }

    /** {@code [{"file": ..., "reason": ...}]}, files as the report shows them. */
    public static JsonArray json(List<SkippedUnit> skipped, ReportPaths paths) {
        JsonArray a = new JsonArray();
        for (SkippedUnit s : skipped) {
            JsonObject o = new JsonObject();
            o.addProperty("file", paths.display(s.file()));
            o.addProperty("reason", s.reason());
            a.add(o);
        }
        return a;
    }

    /** The text summary's lines: {@code N units skipped:} then {@code   file: reason} each; none when none. */
    public static String text(List<SkippedUnit> skipped, ReportPaths paths) {
        if (skipped.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder().append(skipped.size()).append(skipped.size() == 1 ? " unit" : " units")
                .append(" skipped (not analysed):\n");
        for (SkippedUnit s : skipped) {
            b.append("  ").append(paths.display(s.file())).append(": ").append(s.reason()).append('\n');
        }
        return b.toString();
    }
}
