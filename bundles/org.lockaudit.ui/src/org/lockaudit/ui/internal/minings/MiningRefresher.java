package org.lockaudit.ui.internal.minings;

import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewerExtension5;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

/** Asks every open text editor to recompute its code minings (after an analysis, when an editor opens). */
public final class MiningRefresher {
    private MiningRefresher() {
    }

    public static void refreshAll() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                for (IWorkbenchPage page : w.getPages()) {
                    for (IEditorReference ref : page.getEditorReferences()) {
                        refresh(ref.getEditor(false) instanceof ITextEditor t ? t : null);
                    }
                }
            }
        });
    }

    public static void refresh(ITextEditor editor) {
        if (editor != null && editor.getAdapter(ITextOperationTarget.class) instanceof ISourceViewerExtension5 v) {
            v.updateCodeMinings();
        }
    }
}
