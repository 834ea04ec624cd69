package org.lockaudit.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.extract.FactExtractor;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.DiagnosticKind;
import org.lockaudit.core.facts.FactsFactory;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.frontend.SourceParser;

/**
 * Engine entry point for fact extraction: parses each translation unit and returns its facts. Used by the
 * command line, the IDE and the tests alike. A unit that cannot be read or parsed yields a diagnostic, and the
 * others go on.
 */
public final class FactsAnalysis {
    private FactsAnalysis() {
    }

    public static FactsResult run(TreeConfig config, List<Path> files, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Extracting lock facts", files.size());
        SourceParser parser = new SourceParser(config);
        FactExtractor extractor = new FactExtractor(org.lockaudit.core.lockapi.LockApi.defaults());
        List<TranslationUnitFacts> units = new ArrayList<>();
        for (Path file : files) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.subTask(file.getFileName().toString());
            try {
                char[] text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).toCharArray();
                units.add(extractor.extract(file, parser.parse(file.toAbsolutePath(), text)));
            } catch (IOException | CoreException | RuntimeException e) {
                TranslationUnitFacts failed = FactsFactory.eINSTANCE.createTranslationUnitFacts();
                failed.setPath(file.toString());
                Diagnostic d = FactsFactory.eINSTANCE.createDiagnostic();
                d.setKind(e instanceof IOException ? DiagnosticKind.UNREADABLE : DiagnosticKind.INTERNAL);
                d.setFile(file.toString());
                d.setLine(1);
                d.setMessage(String.valueOf(e.getMessage()));
                failed.getDiagnostics().add(d);
                units.add(failed);
            }
            sub.worked(1);
        }
        return new FactsResult(units);
    }
}
