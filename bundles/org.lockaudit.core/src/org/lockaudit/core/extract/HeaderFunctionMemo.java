package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.OpsBinding;

/**
 * The facts of {@code static inline} functions defined in headers, extracted once per run and copied into every
 * further unit that includes them. In a kernel most of what each unit contains is such header code (here ~85% of
 * the functions a unit yields), so without this every unit re-extracted the same functions.
 *
 * <p>An entry is keyed by the function's file, name and source range, the unit's configuration fingerprint and
 * the macro definitions its body expanded ({@link MacroIndex#definitionsWithin}): a unit that defines a macro
 * differently before including the header extracts its own copy. Besides the function, an entry replays what its
 * extraction contributed to the unit (ops-table bindings assigned in the body, local type names for the fallback,
 * fallback count), so a unit's facts are the same as without the memo. Limit: conditional compilation inside the
 * body on a macro that differs between units of one configuration is not part of the key (the program keeps one
 * definition of a header function anyway, see {@code Program}). Thread-safe; one instance per run.
 */
public final class HeaderFunctionMemo {
    /** One extracted header function and its side effects on its unit. */
    record Entry(Function function, List<OpsBinding> bindings, List<String[]> declarations, int fallbacks) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> configs = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();

    String key(String config, String file, String name, int offset, int length, String macros) {
        int c = config == null ? -1 : configs.computeIfAbsent(config, k -> ids.getAndIncrement());
        return c + "\0" + file + "\0" + name + "\0" + offset + "\0" + length + "\0" + macros;
    }

    Entry get(String key) {
        return entries.get(key);
    }

    /** Stores private copies (the unit keeps its own objects). */
    void put(String key, Function fn, List<OpsBinding> bindings, List<String[]> declarations, int fallbacks) {
        List<OpsBinding> b = new ArrayList<>();
        bindings.forEach(x -> b.add(EcoreUtil.copy(x)));
        entries.putIfAbsent(key, new Entry(EcoreUtil.copy(fn), List.copyOf(b), List.copyOf(declarations), fallbacks));
    }

    /** How many distinct header functions were extracted. */
    public int size() {
        return entries.size();
    }
}
