package org.lockaudit.ui.internal.audit;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens a source file at a line: the workspace file when there is one, else the file on disk. */
public final class SourceOpener {
    private SourceOpener() {
    }

    /** Opens {@code file} in its editor and selects line {@code line} (1-based); returns the editor, or null. */
    public static IEditorPart open(IWorkbenchPage page, String file, int line) throws PartInitException {
        if (file == null) {
            return null;
        }
        IFile ws = workspaceFile(Path.of(file));
        IEditorPart editor;
        if (ws != null) {
            editor = IDE.openEditor(page, ws, true);
        } else {
            IFileStore store = EFS.getLocalFileSystem().getStore(Path.of(file).toUri());
            editor = IDE.openEditorOnFileStore(page, store);
        }
        ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
        if (text != null && line > 0) {
            IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
            try {
                IRegion r = doc.getLineInformation(Math.min(line, doc.getNumberOfLines()) - 1);
                text.selectAndReveal(r.getOffset(), r.getLength());
            } catch (BadLocationException e) {
                // the file changed since the audit: leave the editor where it opened
            }
        }
        return editor;
    }

    /** The workspace file at {@code path} (a linked or nested project's copy too), or null. */
    public static IFile workspaceFile(Path path) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(path.toAbsolutePath().normalize().toUri());
        for (IFile f : files) {
            if (f.isAccessible()) {
                return f;
            }
        }
        return null;
    }
}
