package org.lockaudit.ui.internal.minings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.codemining.LineContentCodeMining;
import org.lockaudit.core.explain.AccessExplainer;
import org.lockaudit.core.explain.FieldDeclaration;
import org.lockaudit.core.explain.FieldDeclarations;
import org.lockaudit.core.inference.FieldGuard;
import org.lockaudit.ui.internal.ProjectAnalysisJob;

/**
 * Shows, at the end of each struct field declaration, what protects the field: {@code ⟵ pci_dev.lock 3/4}, from
 * the project's last analysis. Installed in every text editor by the platform (code mining providers extension),
 * refreshed when an analysis completes.
 */
public final class FieldGuardMinings extends AbstractCodeMiningProvider {

    @Override
    public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer viewer,
            IProgressMonitor monitor) {
        IDocument doc = viewer.getDocument();
        return CompletableFuture.supplyAsync(() -> minings(doc));
    }

    public List<? extends ICodeMining> minings(IDocument doc) {
        List<ICodeMining> out = new ArrayList<>();
        ITextFileBuffer buffer = doc == null ? null : FileBuffers.getTextFileBufferManager().getTextFileBuffer(doc);
        IFile file = buffer == null ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
        ProjectAnalysisJob job = file == null || !file.exists() ? null : ProjectAnalysisJob.of(file.getProject());
        AccessExplainer explainer = job == null ? null : job.explainer();
        if (explainer == null) {
            return out;
        }
        for (FieldDeclaration d : FieldDeclarations.of(file.getName(), doc.get())) {
            Optional<FieldGuard> guard = explainer.guardOf(d.field());
            if (guard.isEmpty()) {
                continue;
            }
            try {
                int lineEnd = doc.getLineOffset(d.line() - 1) + doc.getLineLength(d.line() - 1);
                String delim = doc.getLineDelimiter(d.line() - 1);
                int at = lineEnd - (delim == null ? 0 : delim.length());
                out.add(new GuardMining(new Position(at, 1), this, label(guard.get(), explainer.weak(guard.get()))));
            } catch (BadLocationException e) {
                // the document changed under us: the next refresh will place it
            }
        }
        return out;
    }

    /** {@code pci_dev.lock 3/4}, {@code pcidevs_lock (declared)}, {@code init-only}... */
    public static String label(FieldGuard g) {
        return label(g, false);
    }

    /** The label of a field's guard; a weak inferred guard says so. */
    public static String label(FieldGuard g, boolean weak) {
        String text = switch (g.status()) {
            case GUARDED -> g.guard().display() + (g.declared() != null ? " (declared)"
                    : " " + g.held() + "/" + g.accesses() + (weak ? " weak" : ""));
            case LIFETIME_ONLY -> "lifetime-only (no lock)";
            case UNGUARDED -> "no lock";
            default -> g.status().id();
        };
        return "  \u27f5 " + text;
    }

    /** One label after a field declaration. */
    private static final class GuardMining extends LineContentCodeMining {
        GuardMining(Position position, FieldGuardMinings provider, String label) {
            super(position, provider);
            setLabel(label);
        }
    }
}
