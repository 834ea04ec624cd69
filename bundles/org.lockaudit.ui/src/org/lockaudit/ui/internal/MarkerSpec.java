package org.lockaudit.ui.internal;

import java.util.Map;

/**
 * One marker to show: its type, where, what it says and its extra attributes (kind, lock, function, the evidence
 * path as text). Markers are compared by this value, so an unchanged finding keeps its marker.
 */
public record MarkerSpec(String type, String file, int line, int severity, String message,
        Map<String, String> attributes) {
    public MarkerSpec {
        attributes = Map.copyOf(attributes);
    }
}
