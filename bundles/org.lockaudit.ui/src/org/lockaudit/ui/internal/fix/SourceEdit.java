package org.lockaudit.ui.internal.fix;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Applies a fix as an edit of the document of the file's editor (opened if needed), so it can be undone there like
 * any typing, and is saved when the user saves.
 */
final class SourceEdit {
    private final ITextEditor editor;
    private final IDocument document;

    private SourceEdit(ITextEditor editor) {
        this.editor = editor;
        this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    static SourceEdit open(IFile file) throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart part = IDE.openEditor(page, file, true);
        ITextEditor text = part instanceof ITextEditor t ? t : part.getAdapter(ITextEditor.class);
        if (text == null) {
            part = IDE.openEditor(page, file, "org.eclipse.ui.DefaultTextEditor");
            text = (ITextEditor) part;
        }
        return new SourceEdit(text);
    }

    /** An edit of several changes, undone in one step. */
    interface Change {
        void apply() throws BadLocationException;
    }

    void compound(Change change) throws BadLocationException {
        org.eclipse.text.undo.IDocumentUndoManager undo =
                org.eclipse.text.undo.DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            change.apply();
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }

    IDocument document() {
        return document;
    }

    ITextEditor editor() {
        return editor;
    }

    /** The text of 1-based line {@code line}, without its delimiter. */
    String line(int line) throws BadLocationException {
        int i = line - 1;
        String delim = document.getLineDelimiter(i);
        return document.get(document.getLineOffset(i), document.getLineLength(i) - (delim == null ? 0 : delim.length()));
    }

    /** The leading white space of 1-based line {@code line}. */
    String indent(int line) throws BadLocationException {
        String text = line(line);
        int n = 0;
        while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
            n++;
        }
        return text.substring(0, n);
    }

    String delimiter() {
        String d = document.getLegalLineDelimiters()[0];
        try {
            String first = document.getLineDelimiter(0);
            return first != null ? first : "\n";
        } catch (BadLocationException e) {
            return d;
        }
    }

    /** Inserts {@code text} (one line, without delimiter) before 1-based line {@code line}. */
    void insertBefore(int line, String text) throws BadLocationException {
        document.replace(document.getLineOffset(line - 1), 0, text + delimiter());
    }

    /** Inserts {@code text} (one line, without delimiter) after 1-based line {@code line}. */
    void insertAfter(int line, String text) throws BadLocationException {
        if (line >= document.getNumberOfLines()) {
            document.replace(document.getLength(), 0, delimiter() + text);
        } else {
            insertBefore(line + 1, text);
        }
    }
}
