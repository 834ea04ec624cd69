package org.lockaudit.ui.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Audit pcidevs_lock…" on projects, folders and C files (or the active editor's file): schedules an
 * {@link AuditJob} and returns it, so callers (and tests) can join it. Never blocks the UI thread.
 */
public final class AuditLockHandler extends AbstractHandler {
    static final String DEFAULT_LOCK = "pcidevs_lock";

    @Override
    public Object execute(ExecutionEvent event) {
        Set<IResource> roots = new LinkedHashSet<>();
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
                roots.add(r);
            }
        }
        if (roots.isEmpty()) {
            return null;
        }
        AuditJob job = new AuditJob(DEFAULT_LOCK, roots);
        job.schedule();
        return job;
    }
}
