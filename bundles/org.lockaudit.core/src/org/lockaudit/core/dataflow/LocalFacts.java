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
 * local is assigned or tested anew; a copy ({@code old_q = q}) makes it true.
 *
 * <p>An integer local compared with a constant ({@code try < 3}, {@code ret < 0}) has a {@link ValueRange}: set by
 * constant assignments, shifted by increments, narrowed by each comparison or test, joined by its hull. So a loop
 * bound and the test after the loop ({@code for (try = 0; try < 3; try++) ... if (try == 3)}) and
 * {@code ret < 0} then {@code if (ret)} are correlated. Limit: one interval per local, no relation between two
 * integer locals, and the loop head widens a growing bound (see {@link #widen}).
 */
public record LocalFacts(Map<String, Boolean> nonZero, Map<String, ValueRange> ranges) {
    public static final LocalFacts NONE = new LocalFacts(Map.of(), Map.of());

    public LocalFacts {
        nonZero = Map.copyOf(nonZero);
        ranges = Map.copyOf(ranges);
    }

    /** Whether {@code local} is known non-zero (true) or zero (false) on this path, or null. */
    public Boolean get(String local) {
        Boolean b = nonZero.get(local);
        if (b != null) {
            return b;
        }
        ValueRange r = ranges.get(local);
        return r == null ? null : r.isZero() ? Boolean.FALSE : r.excludesZero() ? Boolean.TRUE : null;
    }

    /**
     * What this path knows of the truth of {@code names} (a function's parameters: {@code d} NULL after
     * {@code ASSERT(d || ..)}'s first test), sorted by name. Limit: a parameter the body reassigns without an event
     * the facts record is taken as passed.
     */
    public Map<String, Boolean> truthsOf(java.util.List<String> names) {
        if (nonZero.isEmpty()) {
            return Map.of();
        }
        Map<String, Boolean> out = new TreeMap<>();
        for (String p : names) {
            Boolean v = p == null || p.isEmpty() ? null : get(p);
            if (v != null) {
                out.put(p, v);
            }
        }
        return out;
    }

    /** The local's known values on this path, or null. */
    public ValueRange range(String local) {
        ValueRange r = ranges.get(local);
        if (r != null) {
            return r;
        }
        return Boolean.FALSE.equals(nonZero.get(local)) ? ValueRange.of(0) : null;
    }

    /** {@code local} tested non-zero or zero: the fact, and its value range narrowed accordingly. */
    public LocalFacts with(String local, boolean isNonZero) {
        ValueRange r = ranges.get(local);
        ValueRange narrowed = r == null ? null : isNonZero ? r.withoutZero() : r.intersect(ValueRange.of(0));
        if (Boolean.valueOf(isNonZero).equals(nonZero.get(local)) && java.util.Objects.equals(r, narrowed)) {
            return this;
        }
        TreeMap<String, Boolean> m = new TreeMap<>(nonZero);
        m.put(local, isNonZero);
        TreeMap<String, ValueRange> v = new TreeMap<>(ranges);
        if (narrowed != null) {
            v.put(local, narrowed);
        }
        return new LocalFacts(m, v);
    }

    /** {@code local} holds exactly {@code value} ({@code try = 0}). */
    public LocalFacts withValue(String local, long value) {
        return without(local).withRange(local, ValueRange.of(value));
    }

    /** {@code local} now has a value in {@code r} (null: nothing known of it any more). */
    public LocalFacts withRange(String local, ValueRange r) {
        TreeMap<String, Boolean> m = new TreeMap<>(nonZero);
        m.remove(local);
        TreeMap<String, ValueRange> v = new TreeMap<>(ranges);
        if (r == null || r.isFull()) {
            v.remove(local);
        } else {
            v.put(local, r);
            if (r.isZero()) {
                m.put(local, false);
            } else if (r.excludesZero()) {
                m.put(local, true);
            }
        }
        return new LocalFacts(m, v);
    }

    /** {@code local += delta} ({@code try++}): its range shifts, every other fact about it is forgotten. */
    public LocalFacts increment(String local, long delta) {
        ValueRange r = ranges.get(local);
        if (r == null && Boolean.FALSE.equals(nonZero.get(local))) {
            r = ValueRange.of(0);
        }
        LocalFacts out = without(local);
        return r == null ? out : out.withRange(local, r.shift(delta));
    }

    /**
     * Whether {@code local op constant} holds on this path (null: it may or may not). Operators as the facts spell
     * them: {@code ==, !=, <, <=, >, >=}.
     */
    public Boolean compare(String local, String op, long constant) {
        ValueRange r = range(local);
        if (r == null) {
            Boolean nz = nonZero.get(local);
            if (nz != null && nz && constant == 0 && ("==".equals(op) || "!=".equals(op))) {
                return "!=".equals(op);
            }
            return null;
        }
        ValueRange yes = r.narrow(op, constant);
        ValueRange no = r.narrow(negate(op), constant);
        return yes == null ? Boolean.FALSE : no == null ? Boolean.TRUE : null;
    }

    /** The facts once {@code local op constant} is known to hold ({@code holds}) or not; null when impossible. */
    public LocalFacts assume(String local, String op, long constant, boolean holds) {
        String o = holds ? op : negate(op);
        ValueRange r = range(local);
        ValueRange narrowed = (r == null ? ValueRange.FULL : r).narrow(o, constant);
        if (narrowed == null) {
            return null;
        }
        Boolean nz = nonZero.get(local);
        if (nz != null && (nz ? narrowed.isZero() : !narrowed.contains(0))) {
            return null;
        }
        if (narrowed.equals(r)) {
            return this;
        }
        LocalFacts out = withRange(local, narrowed);
        if (nz != null && !out.nonZero.containsKey(local)) {
            out = out.with(local, nz);
        }
        return out;
    }

    /** The comparison that holds exactly when {@code op} does not. */
    public static String negate(String op) {
        return switch (op) {
            case "==" -> "!=";
            case "!=" -> "==";
            case "<" -> ">=";
            case ">=" -> "<";
            case ">" -> "<=";
            case "<=" -> ">";
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** The fact name of two compared locals ({@code old_q==q}), independent of the order they are written in. */
    public static String pair(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "==" + y : y + "==" + x;
    }

    public LocalFacts without(String local) {
        if (local == null || !nonZero.containsKey(local) && !ranges.containsKey(local)
                && nonZero.keySet().stream().noneMatch(k -> compares(k, local))
                && !nonZero.containsKey(ResultConvention.errorFact(local))) {
            return this;
        }
        TreeMap<String, Boolean> m = new TreeMap<>(nonZero);
        m.remove(local);
        m.remove(ResultConvention.errorFact(local));
        m.keySet().removeIf(k -> compares(k, local));
        TreeMap<String, ValueRange> v = new TreeMap<>(ranges);
        v.remove(local);
        return new LocalFacts(m, v);
    }

    /** {@code target = source}: {@code target} takes what is known of {@code source}, and the two are equal. */
    public LocalFacts copy(String target, String source) {
        if (target.equals(source)) {
            return this;
        }
        LocalFacts out = without(target);
        Boolean b = nonZero.get(source);
        if (b != null) {
            out = out.with(target, b);
        }
        ValueRange r = ranges.get(source);
        if (r != null) {
            out = out.withRange(target, r);
            if (b != null && !out.nonZero.containsKey(target)) {
                out = out.with(target, b);
            }
        }
        return out.with(pair(target, source), true);
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
        return changed ? new LocalFacts(m, ranges) : this;
    }

    /**
     * Only the zero / non-zero facts on {@code locals} (and on pairs of them), without ranges: a split key, so a
     * loop counter's successive values do not each make a split.
     */
    public LocalFacts restrict(java.util.Set<String> locals) {
        TreeMap<String, Boolean> m = new TreeMap<>(nonZero);
        m.keySet().retainAll(locals);
        m.keySet().removeAll(ranges.keySet()); // a counter's zero-ness is its range's: [0,0] and [1,2] join
        return m.size() == nonZero.size() && ranges.isEmpty() ? this : new LocalFacts(m, Map.of());
    }

    /** The facts both sides agree on; a local's ranges are joined by their hull. */
    public LocalFacts common(LocalFacts o) {
        if (equals(o)) {
            return this;
        }
        TreeMap<String, Boolean> m = new TreeMap<>();
        nonZero.forEach((k, v) -> {
            if (v.equals(o.nonZero.get(k))) {
                m.put(k, v);
            }
        });
        TreeMap<String, ValueRange> v = new TreeMap<>();
        for (String k : union(ranges.keySet(), o.ranges.keySet())) {
            ValueRange a = range(k);
            ValueRange b = o.range(k);
            if (a != null && b != null && !a.hull(b).isFull()) {
                v.put(k, a.hull(b));
            }
        }
        return new LocalFacts(m, v);
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    /**
     * At a loop head, the ranges that grew past {@code before} (the state the head had): a grown bound jumps to
     * the next of {@code thresholds} (the constants the function compares with, and their neighbours) or to
     * infinity, so a counter's range stabilises in a few rounds ({@code for (i = 0; i < 256; i++)}: [0,0], then
     * [0,255], then [0,256]). Heuristic and limit: widening with thresholds; a bound between two thresholds is
     * lost.
     */
    public LocalFacts widen(LocalFacts before, java.util.NavigableSet<Long> thresholds) {
        TreeMap<String, ValueRange> v = null;
        for (Map.Entry<String, ValueRange> e : ranges.entrySet()) {
            ValueRange old = before.ranges.get(e.getKey());
            ValueRange now = e.getValue();
            if (old == null || old.equals(now)) {
                continue;
            }
            long lo = now.lo();
            long hi = now.hi();
            if (lo < old.lo()) {
                Long t = thresholds.floor(lo);
                lo = t == null ? Long.MIN_VALUE : t;
            }
            if (hi > old.hi()) {
                Long t = thresholds.ceiling(hi);
                hi = t == null ? Long.MAX_VALUE : t;
            }
            if (v == null) {
                v = new TreeMap<>(ranges);
            }
            ValueRange w = new ValueRange(lo, hi);
            if (w.isFull()) {
                v.remove(e.getKey());
            } else {
                v.put(e.getKey(), w);
            }
        }
        return v == null ? this : new LocalFacts(nonZero, v);
    }

    @Override
    public String toString() {
        return ranges.isEmpty() ? new TreeMap<>(nonZero).toString()
                : new TreeMap<>(nonZero) + " " + new TreeMap<>(ranges);
    }
}
