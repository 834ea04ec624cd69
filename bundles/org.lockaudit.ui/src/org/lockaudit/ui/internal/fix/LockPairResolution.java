package org.lockaudit.ui.internal.fix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.lockaudit.ui.internal.Messages;

/**
 * {@code precondition-violation}, {@code unguarded-access}: takes the lock around the statement on the marker's
 * line, in the code base's own spelling ({@code pcidevs_lock(); ...; pcidevs_unlock();}).
 *
 * <p>Heuristic and limit: the statement is the marker's line; a statement spanning several lines, or a line that
 * is not a whole statement (a condition), needs a hand edit, so the fix is offered only for lines ending in
 * {@code ;}.
 */
final class LockPairResolution implements IMarkerResolution2 {
    private final String acquire;
    private final String release;

    LockPairResolution(String acquire, String release) {
        this.acquire = acquire;
        this.release = release;
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.Fix_lockPair_label, acquire, release);
    }

    @Override
    public String getDescription() {
        return getLabel();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        try {
            SourceEdit edit = SourceEdit.open((IFile) marker.getResource());
            String indent = edit.indent(line);
            edit.compound(() -> {
                edit.insertAfter(line, indent + release);
                edit.insertBefore(line, indent + acquire);
            });
        } catch (Exception e) {
            org.eclipse.core.runtime.ILog.of(getClass()).error("LockAudit: could not insert " + acquire, e);
        }
    }
}
