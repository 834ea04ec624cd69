package org.lockaudit.ui.internal.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * "Audit &lt;lock&gt;…" on projects, folders and C files, and on a lock name selected in a C editor (the editor's
 * project is audited, the selected name preselects the lock). Schedules an {@link AuditJob} and returns it, so
 * callers (and tests) can join it; never blocks the UI thread. The optional parameter {@link #PARAM_LOCK} names the
 * lock and skips the dialog. The menu label names the lock audited last ({@code pcidevs_lock} at first).
 */
public final class AuditLockHandler extends AbstractHandler implements IElementUpdater {
    public static final String COMMAND_ID = "org.lockaudit.ui.audit";
    public static final String PARAM_LOCK = "org.lockaudit.ui.audit.lock";
    private static volatile String lastLock = KnownLocks.DEFAULT_LOCK;

    @Override
    public Object execute(ExecutionEvent event) {
        Set<IResource> roots = new LinkedHashSet<>();
        String selectedText = null;
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        if (sel instanceof IStructuredSelection ss && !ss.isEmpty()) {
            for (Object o : ss.toList()) {
                IResource r = Adapters.adapt(o, IResource.class);
                if (r != null) {
                    roots.add(r);
                }
            }
        } else {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            IResource r = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IResource.class);
            if (r != null) {
                roots.add(r.getProject() != null ? r.getProject() : r);
                if (sel instanceof ITextSelection ts) {
                    selectedText = selectedName(editor, ts);
                }
            }
        }
        if (roots.isEmpty()) {
            return null;
        }
        AuditJob job = new AuditJob(roots, event.getParameter(PARAM_LOCK), selectedText);
        job.schedule();
        return job;
    }

    /** The selected text, or the identifier (with {@code ->} and {@code .} members) around the caret. */
    public static String selectedName(IEditorPart editor, ITextSelection ts) {
        if (ts.getText() != null && !ts.getText().isBlank()) {
            return ts.getText();
        }
        ITextEditor text = editor.getAdapter(ITextEditor.class);
        if (text == null) {
            return null;
        }
        IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
        try {
            int start = ts.getOffset();
            int end = ts.getOffset();
            while (start > 0 && nameChar(doc.getChar(start - 1))) {
                start--;
            }
            while (end < doc.getLength() && nameChar(doc.getChar(end))) {
                end++;
            }
            return end > start ? doc.get(start, end - start) : null;
        } catch (BadLocationException e) {
            return null;
        }
    }

    private static boolean nameChar(char c) {
        return Character.isJavaIdentifierPart(c) || c == '.';
    }

    /** Remembers the lock audited last (the next menu label names it). */
    static void audited(String lock) {
        lastLock = lock;
    }

    /** The menu label: "Audit pcidevs_lock…" (or the lock audited last). */
    public static String label() {
        return NLS.bind(AuditMessages.Audit_label, lastLock);
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        Object lock = parameters == null ? null : parameters.get(PARAM_LOCK);
        element.setText(lock instanceof String s ? NLS.bind(AuditMessages.Audit_label, s) : label());
    }
}
