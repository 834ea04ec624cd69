package org.lockaudit.core.dataflow;

import java.util.Map;
import java.util.TreeMap;

/**
 * What is known of locals tested by conditions: {@code flag} non-zero or zero on this path. States with different
 * local facts are kept apart (path splitting), which correlates {@code if (flag) lock(); ... if (flag) unlock();}
 * and {@code locked = spin_trylock(&l); ... if (locked)}.
 *
 * <p>A tested member of a local object ({@code o->locked}, {@code of.locked}: a flag carried in a struct) is a fact
 * too, forgotten at any write of a member of that name. Heuristic and limit: a callee that changes the member
 * between two tests is not seen; pointer locals' assignments are followed ({@code LocalAssignment}), other locals
 * assigned by an expression between two tests keep their old fact. The analysis keeps at most a few distinct fact
 * sets per CFG node and merges them beyond that.
 *
 * <p>Two locals compared for equality ({@code q == old_q}) are a fact named {@code old_q==q}, forgotten when either
 * local is assigned or tested anew.
 */
public record LocalFacts(Map<String, Boolean> nonZero) {
    public static final LocalFacts NONE = new LocalFacts(Map.of());

    public LocalFacts {
        nonZero = Map.copyOf(nonZero);
    }

    public Boolean get(String local) {
        return nonZero.get(local);
    }

    public LocalFacts with(String local, boolean isNonZero) {
        if (Boolean.valueOf(isNonZero).equals(nonZero.get(local))) {
            return this;
        }
        TreeMap<String, Boolean> m = new TreeMap<>(nonZero);
        m.put(local, isNonZero);
        return new LocalFacts(m);
    }

    public LocalFacts without(String local) {
        if (local == null || !nonZero.containsKey(local) && nonZero.keySet().stream().noneMatch(k -> compares(k, local))
                && !nonZero.containsKey(ResultConvention.errorFact(local))) {
            return this;
        }
        TreeMap<String, Boolean> m = new TreeMap<>(nonZero);
        m.remove(local);
        m.remove(ResultConvention.errorFact(local));
        m.keySet().removeIf(k -> compares(k, local));
        return new LocalFacts(m);
    }

    /** {@code key} is a comparison ({@code a==b}) with {@code local} on one side. */
    private static boolean compares(String key, String local) {
        int i = key.indexOf("==");
        return i > 0 && (key.substring(0, i).equals(local) || key.substring(i + 2).equals(local));
    }

    /** Without the facts on members named {@code field} ({@code o->locked} after a write of some {@code x.locked}). */
    public LocalFacts withoutMember(String field) {
        if (nonZero.isEmpty() || field == null) {
            return this;
        }
        TreeMap<String, Boolean> m = new TreeMap<>(nonZero);
        boolean changed = m.keySet().removeIf(k -> k.endsWith("->" + field) || k.endsWith("." + field));
        return changed ? new LocalFacts(m) : this;
    }

    /** The facts both sides agree on. */
    public LocalFacts common(LocalFacts o) {
        TreeMap<String, Boolean> m = new TreeMap<>();
        nonZero.forEach((k, v) -> {
            if (v.equals(o.nonZero.get(k))) {
                m.put(k, v);
            }
        });
        return m.size() == nonZero.size() ? this : new LocalFacts(m);
    }

    @Override
    public String toString() {
        return new TreeMap<>(nonZero).toString();
    }
}
