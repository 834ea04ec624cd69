package org.lockaudit.ui.internal.audit;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.lockaudit.ui.internal.audit.KnownLocks.KnownLock;

/** The "which lock?" dialog: the known locks, filterable, one preselected. */
public final class LockChooser {
    private LockChooser() {
    }

    /** The dialog, not yet opened (tests open it without blocking and read its selection). */
    public static ElementListSelectionDialog dialog(Shell shell, List<KnownLock> known, KnownLock initial) {
        ElementListSelectionDialog d = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof KnownLock k ? k.label() : String.valueOf(element);
            }
        });
        d.setTitle(AuditMessages.Chooser_title);
        d.setMessage(AuditMessages.Chooser_message);
        d.setMultipleSelection(false);
        d.setElements(known.toArray());
        if (initial != null) {
            d.setInitialSelections(initial);
        }
        return d;
    }

    /** Asks on the UI thread (called from a Job; blocks the Job, never the UI); the chosen name, or null. */
    public static String ask(List<KnownLock> known, KnownLock initial) {
        AtomicReference<String> chosen = new AtomicReference<>();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            Shell shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
            ElementListSelectionDialog d = dialog(shell, known, initial);
            if (d.open() == Window.OK && d.getFirstResult() instanceof KnownLock k) {
                chosen.set(k.name());
            }
        });
        return chosen.get();
    }
}
