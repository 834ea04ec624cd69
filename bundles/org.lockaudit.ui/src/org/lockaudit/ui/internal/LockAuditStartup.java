package org.lockaudit.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.lockaudit.ui.internal.minings.MiningRefresher;

/**
 * At start-up: re-runs the analysis of every LockAudit project in the background (from the persisted facts cache,
 * so nothing unchanged is re-parsed) to bring back hovers and field decorations, and refreshes an editor's
 * decorations when it opens.
 */
public final class LockAuditStartup implements IStartup {

    @Override
    public void earlyStartup() {
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (LockAuditNature.isEnabled(p)) {
                ProjectAnalysisJob.request(p, null);
            }
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                w.getPartService().addPartListener(EDITOR_OPENED);
            }
            PlatformUI.getWorkbench().addWindowListener(new IWindowListener() {
                @Override
                public void windowOpened(IWorkbenchWindow window) {
                    window.getPartService().addPartListener(EDITOR_OPENED);
                }

                @Override
                public void windowActivated(IWorkbenchWindow window) {
                }

                @Override
                public void windowDeactivated(IWorkbenchWindow window) {
                }

                @Override
                public void windowClosed(IWorkbenchWindow window) {
                }
            });
        });
    }

    private static final IPartListener2 EDITOR_OPENED = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof ITextEditor editor) {
                MiningRefresher.refresh(editor);
            }
        }
    };
}
