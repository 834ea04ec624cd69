package org.lockaudit.core.program;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * What a whole-program table takes from one unit, remembered per unit facts object: an {@code AnalysisSession}
 * update re-extracts one unit and keeps every other unit's facts object, so a table that is the union of the units'
 * contributions is rebuilt from remembered parts instead of walking (or re-reading the sources of) every unit again.
 * Valid because a unit's facts are never re-extracted in place: a changed source gives a new facts object (a
 * contribution read from the sources at the facts' extraction is that of the facts). Entries go with their facts
 * objects (weak keys, compared by identity as EMF objects are). Thread-safe.
 *
 * @param <T> the contribution (immutable)
 */
public final class PerUnit<T> {
    private final Map<TranslationUnitFacts, T> parts = Collections.synchronizedMap(new WeakHashMap<>());

    /** The contribution of {@code unit}: {@code part}'s, computed on first use for this facts object. */
    public T of(TranslationUnitFacts unit, java.util.function.Function<TranslationUnitFacts, T> part) {
        T t = parts.get(unit);
        if (t == null) {
            t = part.apply(unit);
            parts.put(unit, t);
        }
        return t;
    }
}
