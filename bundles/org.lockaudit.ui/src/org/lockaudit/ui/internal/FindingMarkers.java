package org.lockaudit.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.ui.LockAuditMarkers;

/** Turns the engine's results into {@link MarkerSpec}s: one marker type per finding kind. */
final class FindingMarkers {
    private FindingMarkers() {
    }

    /** The marker type of a finding kind id ({@code double-acquire} → {@code org.lockaudit.ui.doubleAcquire}). */
    static String markerType(String kindId) {
        StringBuilder b = new StringBuilder("org.lockaudit.ui.");
        boolean upper = false;
        for (char c : kindId.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /** Front-end diagnostics (syntax errors, missing includes, limits): warnings that the analysis is partial there. */
    static List<MarkerSpec> diagnostics(List<Diagnostic> diagnostics) {
        List<MarkerSpec> specs = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.getFile() == null) {
                continue;
            }
            specs.add(new MarkerSpec(LockAuditMarkers.DIAGNOSTIC, d.getFile(), Math.max(1, d.getLine()),
                    IMarker.SEVERITY_WARNING, d.getMessage(),
                    Map.of(LockAuditMarkers.ATTR_KIND, "diagnostic." + d.getKind().getLiteral().toLowerCase())));
        }
        return specs;
    }
}
