package org.lockaudit.ui.internal.fix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.lockaudit.ui.internal.Messages;

/**
 * {@code precondition-violation}, {@code unguarded-access}, where the callers are the ones who hold the lock:
 * states it with an assertion at the entry of the enclosing function ({@code ASSERT(pcidevs_locked());}), which
 * makes the precondition part of the function's contract for the analysis and for readers.
 *
 * <p>Heuristic: the entry is the line after the first {@code {} at or after the function's first line.
 */
final class AssertAtEntryResolution implements IMarkerResolution2 {
    private final String assertion;
    private final int functionLine;

    AssertAtEntryResolution(String assertion, int functionLine) {
        this.assertion = assertion;
        this.functionLine = functionLine;
    }

    @Override
    public String getLabel() {
        return NLS.bind(Messages.Fix_assert_label, assertion);
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
        try {
            SourceEdit edit = SourceEdit.open((IFile) marker.getResource());
            int markerLine = marker.getAttribute(IMarker.LINE_NUMBER, -1);
            for (int l = functionLine; l <= markerLine; l++) {
                if (edit.line(l).contains("{")) {
                    String body = edit.indent(l + 1);
                    edit.insertAfter(l, (body.isEmpty() ? "\t" : body) + assertion);
                    return;
                }
            }
        } catch (Exception e) {
            org.eclipse.core.runtime.ILog.of(getClass()).error("LockAudit: could not insert " + assertion, e);
        }
    }
}
