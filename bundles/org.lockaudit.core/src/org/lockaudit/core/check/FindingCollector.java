package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects findings, keeping the first of duplicates (the observing pass may meet one event once per split state),
 * and hands them out sorted.
 */
public final class FindingCollector implements FindingSink {
    private final Map<String, Finding> byKey = new LinkedHashMap<>();

    @Override
    public void report(Finding finding) {
        byKey.putIfAbsent(finding.key(), finding);
    }

    /** Reports every finding of {@code other}, in the order it received them. */
    public void addAll(FindingCollector other) {
        other.byKey.values().forEach(this::report);
    }

    public List<Finding> sorted() {
        List<Finding> out = new ArrayList<>(byKey.values());
        out.sort(null);
        return out;
    }
}
