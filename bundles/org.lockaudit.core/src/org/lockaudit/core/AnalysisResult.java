package org.lockaudit.core;

import java.util.List;
import java.util.Map;

import org.lockaudit.core.check.Finding;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.summary.FunctionSummary;

/**
 * The outcome of {@link Analysis#run}: findings (sorted, fingerprinted, suppressions applied), the findings
 * silenced by suppression comments, every function's summary and entry context, the front end's diagnostics, and
 * Engine III's guards: every access in every calling context and the guard of every field (null when not computed).
 */
public record AnalysisResult(List<Finding> findings, List<Finding> suppressed,
        Map<FunctionId, FunctionSummary> summaries, Map<FunctionId, HeldLockSet> entryContexts,
        List<Diagnostic> diagnostics, org.lockaudit.core.inference.GuardAnalysis.Result guards) {

    public AnalysisResult(List<Finding> findings, List<Finding> suppressed,
            Map<FunctionId, FunctionSummary> summaries, Map<FunctionId, HeldLockSet> entryContexts,
            List<Diagnostic> diagnostics) {
        this(findings, suppressed, summaries, entryContexts, diagnostics, null);
    }

    public AnalysisResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        summaries = Map.copyOf(summaries);
        entryContexts = Map.copyOf(entryContexts);
        diagnostics = List.copyOf(diagnostics);
    }
}
