package org.lockaudit.core.robust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.DiagnosticKind;

/** Small helpers: C text through the engine with given limits. */
final class Engine {
    private Engine() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return org.lockaudit.core.frontend.SourceFiles.write(dir, name, text);
    }

    static FactsResult facts(List<Path> files, Limits limits, Path cache, IProgressMonitor monitor) {
        TreeConfig cfg = new TreeConfig.Builder().limits(limits).build();
        return FactsAnalysis.run(cfg, files, new FactsAnalysis.Options(cache, 2, 4 << 20, limits), monitor);
    }

    static AnalysisResult analyse(List<Path> files, Limits limits) {
        return Analysis.run(facts(files, limits, null, null), limits, null);
    }

    static List<Diagnostic> incomplete(List<Diagnostic> ds) {
        List<Diagnostic> r = new ArrayList<>();
        for (Diagnostic d : ds) {
            if (d.getKind() == DiagnosticKind.ANALYSIS_INCOMPLETE) {
                r.add(d);
            }
        }
        return r;
    }

    static List<String> kinds(List<Finding> fs) {
        return fs.stream().map(f -> f.kind().id() + "@" + f.function()).toList();
    }
}
