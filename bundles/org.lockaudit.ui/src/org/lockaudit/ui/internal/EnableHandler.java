package org.lockaudit.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Enable LockAudit" / "Disable LockAudit" on projects (the command parameter {@code enable} says which). */
public final class EnableHandler extends AbstractHandler {
    public static final String ENABLE_COMMAND = "org.lockaudit.ui.enable";
    public static final String DISABLE_COMMAND = "org.lockaudit.ui.disable";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        boolean enable = ENABLE_COMMAND.equals(event.getCommand().getId());
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        if (!(sel instanceof IStructuredSelection ss)) {
            return null;
        }
        int n = 0;
        for (Object o : ss.toList()) {
            IResource r = Adapters.adapt(o, IResource.class);
            IProject p = r == null ? null : r.getProject();
            if (p != null && p.isOpen()) {
                try {
                    LockAuditNature.setEnabled(p, enable);
                    n++;
                } catch (CoreException e) {
                    throw new ExecutionException(e.getMessage(), e);
                }
            }
        }
        return n;
    }
}
