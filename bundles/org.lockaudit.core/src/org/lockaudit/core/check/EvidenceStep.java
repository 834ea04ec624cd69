package org.lockaudit.core.check;

import org.lockaudit.core.dataflow.Step;

/** One step of an evidence path: location, what happened, and the locks held after it. */
public record EvidenceStep(String file, int line, String message, String heldAfter) {
    public static EvidenceStep of(Step s) {
        return new EvidenceStep(s.file(), s.line(), s.what(), s.heldAfter().describe());
    }
}
