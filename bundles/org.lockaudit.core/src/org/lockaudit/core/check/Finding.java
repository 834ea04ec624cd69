package org.lockaudit.core.check;

import java.util.Comparator;
import java.util.List;

/**
 * One lock-discipline defect: kind, where (file, line, function), the locks involved (display names), a one-line
 * message, and evidence paths. {@code fingerprint} identifies the finding across line shifts (set by the
 * analysis once sources are read; empty before).
 */
public record Finding(FindingKind kind, String file, int line, String function, List<String> locks, String message,
        List<EvidencePath> evidence, String fingerprint) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
            .thenComparing(f -> f.kind().id()).thenComparing(Finding::function)
            .thenComparing(f -> String.join(",", f.locks())).thenComparing(Finding::message);

    public Finding {
        locks = List.copyOf(locks);
        evidence = List.copyOf(evidence);
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    public Finding withFingerprint(String fp) {
        return new Finding(kind, file, line, function, locks, message, evidence, fp);
    }

    /** Same defect at the same place: kind, file, line, function and locks. */
    public String key() {
        return kind.id() + "|" + file + "|" + line + "|" + function + "|" + String.join(",", locks);
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
