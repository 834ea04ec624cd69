package org.lockaudit.core.inference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * Guards stated by the code or the configuration: {@code DeclaredGuard} facts (comments "protected by X",
 * {@code guarded_by}/{@code __guarded_by} attributes, as the extractor finds them) and lockaudit.json {@code "guards"}.
 * The configuration wins over the code where both speak of one target. Declared guards win over inference; the
 * code is then checked against them.
 */
public final class DeclaredGuards {
    private final Map<String, DeclaredGuard> byTarget = new LinkedHashMap<>();

    public DeclaredGuards(List<TranslationUnitFacts> units, Map<String, String> configGuards) {
        for (TranslationUnitFacts u : units) {
            for (org.lockaudit.core.facts.DeclaredGuard g : u.getDeclaredGuards()) {
                if (g.getTarget() != null && g.getLock() != null) {
                    byTarget.putIfAbsent(g.getTarget(), new DeclaredGuard(g.getTarget(), g.getLock(),
                            g.getSource() == null ? "declaration" : g.getSource().getLiteral(), g.getFile(), g.getLine()));
                }
            }
        }
        configGuards.forEach((t, l) -> byTarget.put(t, new DeclaredGuard(t, l, "lockaudit.json", null, 0)));
    }

    public DeclaredGuard of(String target) {
        return byTarget.get(target);
    }

    public Map<String, DeclaredGuard> all() {
        return java.util.Collections.unmodifiableMap(byTarget);
    }
}
