package org.lockaudit.ui.internal.hover;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.lockaudit.core.explain.AccessExplanation;
import org.lockaudit.core.explain.AccessExplainer;
import org.lockaudit.ui.internal.Messages;
import org.lockaudit.ui.internal.ProjectAnalysisJob;

/**
 * Hover on a field access ({@code pdev->quarantine}): the field, its guard (declared or inferred, with support), the
 * locks certainly and possibly held there, and the verdict, from the project's last analysis. Contributed to the
 * generic editor for C files; CDT's own C editor shows LockAudit's findings through their markers (docs/ide.md).
 */
public final class AccessHover implements ITextHover, org.eclipse.jface.text.ITextHoverExtension {

    /** Renders the hover's short HTML (bold, line breaks) rather than showing the tags. */
    @Override
    public org.eclipse.jface.text.IInformationControlCreator getHoverControlCreator() {
        return parent -> new org.eclipse.jface.text.DefaultInformationControl(parent, Messages.Hover_status);
    }


    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument doc = viewer.getDocument();
        int start = offset;
        int end = offset;
        try {
            while (start > 0 && Character.isJavaIdentifierPart(doc.getChar(start - 1))) {
                start--;
            }
            while (end < doc.getLength() && Character.isJavaIdentifierPart(doc.getChar(end))) {
                end++;
            }
        } catch (BadLocationException e) {
            return null;
        }
        return end > start ? new Region(start, end - start) : null;
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        return explain(viewer.getDocument(), region).map(AccessExplanation::toHtml).orElse(null);
    }

    /** The explanation of the access under {@code region} of {@code doc}, if the document is a workspace file. */
    public static Optional<AccessExplanation> explain(IDocument doc, IRegion region) {
        if (region == null) {
            return Optional.empty();
        }
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(doc);
        if (buffer == null) {
            return Optional.empty();
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
        if (file == null || !file.exists() || file.getLocation() == null) {
            return Optional.empty();
        }
        ProjectAnalysisJob job = ProjectAnalysisJob.of(file.getProject());
        AccessExplainer explainer = job == null ? null : job.explainer();
        if (explainer == null) {
            return Optional.empty();
        }
        try {
            int line = doc.getLineOfOffset(region.getOffset()) + 1;
            String word = doc.get(region.getOffset(), region.getLength());
            Path path = file.getLocation().toPath();
            return explainer.explain(path, line, word);
        } catch (BadLocationException e) {
            return Optional.empty();
        }
    }
}
