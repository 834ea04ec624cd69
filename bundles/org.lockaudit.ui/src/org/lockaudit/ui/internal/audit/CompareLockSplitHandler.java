package org.lockaudit.ui.internal.audit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Compare Lock Split…" on exactly two projects or folders: asks which one is the old version (unless the
 * parameter {@link #PARAM_BEFORE} names it by its workspace path) and schedules a {@link LockSplitJob}, returned so
 * callers (and tests) can join it. The optional {@link #PARAM_LOCK} names the lock and skips the lock dialog.
 */
public final class CompareLockSplitHandler extends AbstractHandler {
    public static final String COMMAND_ID = "org.lockaudit.ui.compareLockSplit";
    public static final String PARAM_LOCK = "org.lockaudit.ui.compareLockSplit.lock";
    public static final String PARAM_BEFORE = "org.lockaudit.ui.compareLockSplit.before";

    @Override
    public Object execute(ExecutionEvent event) {
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        List<IContainer> two = new ArrayList<>();
        if (sel instanceof IStructuredSelection ss) {
            for (Object o : ss.toList()) {
                IResource r = Adapters.adapt(o, IResource.class);
                if (r instanceof IContainer c && !two.contains(c)) {
                    two.add(c);
                }
            }
        }
        if (two.size() != 2) {
            return null;
        }
        IContainer before = two.get(0);
        IContainer after = two.get(1);
        String named = event.getParameter(PARAM_BEFORE);
        if (named != null) {
            IResource b = ResourcesPlugin.getWorkspace().getRoot().findMember(named);
            if (after.equals(b)) {
                after = before;
                before = (IContainer) b;
            }
        } else {
            int choice = new MessageDialog(HandlerUtil.getActiveShell(event), AuditMessages.Diff_chooseBefore_title,
                    null, AuditMessages.Diff_chooseBefore_message, MessageDialog.QUESTION, 0,
                    NLS.bind(AuditMessages.Diff_isBefore, before.getFullPath()),
                    NLS.bind(AuditMessages.Diff_isBefore, after.getFullPath()), IDialogConstants.CANCEL_LABEL).open();
            if (choice == 1) {
                IContainer t = before;
                before = after;
                after = t;
            } else if (choice != 0) {
                return null;
            }
        }
        LockSplitJob job = new LockSplitJob(before, after, event.getParameter(PARAM_LOCK));
        job.schedule();
        return job;
    }
}
