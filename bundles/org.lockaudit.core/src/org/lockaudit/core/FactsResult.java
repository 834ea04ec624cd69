package org.lockaudit.core;

import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * The facts of every analysed translation unit, in input order, with the run's statistics and notes (cache
 * entries discarded and why: for verbose output). Diagnostics live on
 * their unit ({@link TranslationUnitFacts#getDiagnostics()}); {@link #diagnostics()} lists them all. {@code skipped}:
 * the paths of the units that produced no facts (unreadable, binary, not C, too large, over a budget, crashed);
 * each has a diagnostic saying why.
 */
public record FactsResult(List<TranslationUnitFacts> units, FactsStats stats, List<String> notes, List<String> skipped) {
    public FactsResult {
        units = List.copyOf(units);
        notes = notes == null ? List.of() : List.copyOf(notes);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    public FactsResult(List<TranslationUnitFacts> units, FactsStats stats, List<String> notes) {
        this(units, stats, notes, null);
    }

    public FactsResult(List<TranslationUnitFacts> units) {
        this(units, null, null);
    }

    /** Every unit's diagnostics, in unit order, duplicates (a header's problem seen by several units) once. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TranslationUnitFacts tu : units) {
            for (Diagnostic d : tu.getDiagnostics()) {
                if (seen.add(d.getKind() + "\0" + d.getFile() + "\0" + d.getLine() + "\0" + d.getMessage())) {
                    all.add(d);
                }
            }
        }
        return all;
    }
}
