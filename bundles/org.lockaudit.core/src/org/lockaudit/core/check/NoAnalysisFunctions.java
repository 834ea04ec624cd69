package org.lockaudit.core.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * Functions whose definition is marked {@code NO_THREAD_SAFETY_ANALYSIS} (Clang's
 * {@code no_thread_safety_analysis}): as in Clang, no finding is reported inside them. Read from the definition's
 * source lines up to its opening brace, so a macro that expands to nothing still counts. Their effects still
 * count at their callers.
 */
public final class NoAnalysisFunctions {
    private NoAnalysisFunctions() {
    }

    public static Set<String> of(List<TranslationUnitFacts> units, SourceLines sources) {
        Set<String> out = new HashSet<>();
        for (TranslationUnitFacts u : units) {
            out.addAll(PER_UNIT.of(u, x -> Set.copyOf(in(x, sources))));
        }
        return out;
    }

    /**
     * Each unit's marked functions, read once per facts object (perf: an incremental update re-reads the edited
     * unit only). Read at the first look at the unit's facts: for a fresh analysis or a session update, the lines its
     * facts were extracted from.
     */
    private static final org.lockaudit.core.program.PerUnit<Set<String>> PER_UNIT = new org.lockaudit.core.program.PerUnit<>();

    private static Set<String> in(TranslationUnitFacts u, SourceLines sources) {
        Set<String> out = new HashSet<>();
        for (Function fn : u.getFunctions()) {
            if (fn.getFile() == null || fn.getStartLine() <= 0 || fn.getFile().endsWith(".h")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int l = Math.max(1, fn.getStartLine() - 1); l <= fn.getStartLine() + 4; l++) {
                String line = sources.line(fn.getFile(), l);
                text.append(line).append('\n');
                if (l >= fn.getStartLine() && line.contains("{")) {
                    break;
                }
            }
            String t = text.toString();
            if (t.contains("NO_THREAD_SAFETY_ANALYSIS") || t.contains("no_thread_safety_analysis")) {
                out.add(fn.getName());
            }
        }
        return out;
    }
}
