package org.lockaudit.core;

import java.util.List;

import org.lockaudit.core.facts.TranslationUnitFacts;

/** The facts of every analysed translation unit, in input order. */
public record FactsResult(List<TranslationUnitFacts> units) {
    public FactsResult {
        units = List.copyOf(units);
    }
}
