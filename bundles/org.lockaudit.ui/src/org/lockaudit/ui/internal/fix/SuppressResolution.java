package org.lockaudit.ui.internal.fix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.PlatformUI;
import org.lockaudit.ui.LockAuditMarkers;
import org.lockaudit.ui.internal.Messages;

/**
 * Any kind: writes {@code /* lockaudit: ignore <kind>: <reason> * /} on its own line above the finding, after asking
 * for the reason (a suppression without one is itself reported).
 */
public final class SuppressResolution implements IMarkerResolution2 {
    /** Asks the user why; tests replace it. Returns null when cancelled. */
    public interface ReasonPrompt {
        String ask(String kind);
    }

    private static final ReasonPrompt DIALOG = kind -> {
        InputDialog d = new InputDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                Messages.Fix_suppress_title, NLS.bind(Messages.Fix_suppress_prompt, kind), "",
                s -> s == null || s.isBlank() ? Messages.Fix_suppress_needReason : null);
        return d.open() == Window.OK ? d.getValue().strip() : null;
    };

    private static volatile ReasonPrompt prompt = DIALOG;

    /** Replaces the reason dialog (null restores it). */
    public static void setPrompt(ReasonPrompt p) {
        prompt = p == null ? DIALOG : p;
    }

    private final String kind;

    SuppressResolution(String kind) {
        this.kind = kind;
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.Fix_suppress_label, kind);
    }

    @Override
    public String getDescription() {
        return NLS.bind(Messages.Fix_suppress_description, kind);
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        String reason = prompt.ask(kind);
        if (reason == null || reason.isBlank()) {
            return;
        }
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        try {
            SourceEdit edit = SourceEdit.open((IFile) marker.getResource());
            edit.insertBefore(line, edit.indent(line) + "/* lockaudit: ignore " + kind + ": "
                    + reason.replace("*/", "* /") + " */");
        } catch (Exception e) {
            org.eclipse.core.runtime.ILog.of(getClass()).error("LockAudit: could not suppress " + kind, e);
        }
    }

    static String kindOf(IMarker m) {
        return m.getAttribute(LockAuditMarkers.ATTR_KIND, "");
    }
}
