package org.lockaudit.ui.internal.fix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.lockaudit.ui.LockAuditMarkers;

/** Quick fixes for LockAudit's findings (the fix texts were computed with the finding, see FindingMarkers). */
public final class LockAuditResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getResource() instanceof IFile && !kind(marker).isEmpty() && !kind(marker).startsWith("diagnostic")
                && !"configuration".equals(kind(marker)) && !"lock-site".equals(kind(marker));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!hasResolutions(marker)) {
            return new IMarkerResolution[0];
        }
        List<IMarkerResolution> fixes = new ArrayList<>();
        String kind = kind(marker);
        if (kind.equals("precondition-violation") || kind.equals("unguarded-access")) {
            String acquire = marker.getAttribute(LockAuditMarkers.ATTR_FIX_ACQUIRE, null);
            String release = marker.getAttribute(LockAuditMarkers.ATTR_FIX_RELEASE, null);
            String assertion = marker.getAttribute(LockAuditMarkers.ATTR_FIX_ASSERT, null);
            int functionLine;
            try {
                functionLine = Integer.parseInt(marker.getAttribute(LockAuditMarkers.ATTR_FUNCTION_LINE, "-1"));
            } catch (NumberFormatException e) {
                functionLine = -1;
            }
            if (acquire != null && release != null && endsStatement(marker)) {
                fixes.add(new LockPairResolution(acquire, release));
            }
            if (assertion != null && functionLine > 0) {
                fixes.add(new AssertAtEntryResolution(assertion, functionLine));
            }
        }
        fixes.add(new SuppressResolution(kind));
        return fixes.toArray(IMarkerResolution[]::new);
    }

    /** Whether the marker's line is one whole statement (ends in {@code ;}), read from the file as saved. */
    private static boolean endsStatement(IMarker marker) {
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        if (marker.getResource().getLocation() == null || line < 1) {
            return false;
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(marker.getResource().getLocation().toPath());
            String text = line <= lines.size() ? lines.get(line - 1) : "";
            int comment = text.indexOf("/*");
            return (comment >= 0 ? text.substring(0, comment) : text).strip().endsWith(";");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static String kind(IMarker marker) {
        return marker.getAttribute(LockAuditMarkers.ATTR_KIND, "");
    }
}
