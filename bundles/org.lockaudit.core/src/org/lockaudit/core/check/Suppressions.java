package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments: {@code /* lockaudit: ignore <kind>: <reason> *}{@code /} on the finding's line or on the
 * line above it silences findings of that kind there. The front end keeps no comments, so the source lines are read
 * here. A suppression without a reason still silences its finding and is itself reported as
 * {@code suppression-without-reason}, at the comment.
 */
public final class Suppressions {
    private static final Pattern COMMENT = Pattern.compile("lockaudit:\\s*ignore\\s+([a-z][a-z-]*)\\s*(?::\\s*(.*?))?\\s*(?:\\*/|$)");

    /** The outcome of filtering: findings kept, findings suppressed. */
    public record Filtered(List<Finding> kept, List<Finding> suppressed) {
    }

    private final SourceLines sources;

    public Suppressions(SourceLines sources) {
        this.sources = sources;
    }

    public Filtered filter(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        FindingCollector extra = new FindingCollector();
        for (Finding f : findings) {
            boolean hit = false;
            for (int line = f.line(); line >= f.line() - 1 && line >= 1 && !hit; line--) {
                Matcher m = COMMENT.matcher(sources.line(f.file(), line));
                while (m.find()) {
                    if (!m.group(1).equals(f.kind().id())) {
                        continue;
                    }
                    hit = true;
                    String reason = m.group(2);
                    if (reason == null || reason.isBlank()) {
                        extra.report(new Finding(FindingKind.SUPPRESSION_WITHOUT_REASON, f.file(), line, f.function(),
                                f.locks(), "suppression of " + f.kind().id() + " gives no reason",
                                List.of(new EvidencePath("suppressed finding", List.of(new EvidenceStep(f.file(), f.line(),
                                        f.message(), "")))),
                                null));
                    }
                    break;
                }
            }
            (hit ? suppressed : kept).add(f);
        }
        kept.addAll(extra.sorted());
        kept.sort(null);
        return new Filtered(kept, suppressed);
    }
}
