package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.dataflow.Step;

/** One path supporting a finding (a finding comparing two paths has two), with a label saying which. */
public record EvidencePath(String label, List<EvidenceStep> steps) {
    public EvidencePath {
        steps = List.copyOf(steps);
    }

    public static EvidencePath of(String label, List<Step> steps) {
        List<EvidenceStep> out = new ArrayList<>();
        for (Step s : steps) {
            out.add(EvidenceStep.of(s));
        }
        return new EvidencePath(label, out);
    }
}
