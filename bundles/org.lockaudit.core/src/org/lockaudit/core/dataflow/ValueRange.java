package org.lockaudit.core.dataflow;

/**
 * The values an integer local may have on a path: {@code lo..hi} inclusive, {@link Long#MIN_VALUE} and
 * {@link Long#MAX_VALUE} standing for no bound. Arithmetic saturates at those bounds; C's wrap-around and the
 * variable's own width are not modelled (a loop counter does not overflow in the code this reads).
 */
public record ValueRange(long lo, long hi) {
    public static final ValueRange FULL = new ValueRange(Long.MIN_VALUE, Long.MAX_VALUE);

    public ValueRange {
        if (lo > hi) {
            throw new IllegalArgumentException(lo + ".." + hi);
        }
    }

    public static ValueRange of(long v) {
        return new ValueRange(v, v);
    }

    /** The values of this range for which {@code x op c} holds, or null when there are none. */
    ValueRange narrow(String op, long c) {
        if ("!=".equals(op)) {
            return without(c);
        }
        return intersect(satisfying(op, c));
    }

    /** The values {@code x} for which {@code x op c} holds ({@code op} not {@code !=}), or null when none. */
    private static ValueRange satisfying(String op, long c) {
        return switch (op) {
            case "==" -> of(c);
            case "<" -> c == Long.MIN_VALUE ? null : new ValueRange(Long.MIN_VALUE, c - 1);
            case "<=" -> new ValueRange(Long.MIN_VALUE, c);
            case ">" -> c == Long.MAX_VALUE ? null : new ValueRange(c + 1, Long.MAX_VALUE);
            case ">=" -> new ValueRange(c, Long.MAX_VALUE);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** The common values, or null when there are none. */
    ValueRange intersect(ValueRange o) {
        if (o == null) {
            return null;
        }
        long l = Math.max(lo, o.lo);
        long h = Math.min(hi, o.hi);
        return l > h ? null : new ValueRange(l, h);
    }

    ValueRange hull(ValueRange o) {
        return new ValueRange(Math.min(lo, o.lo), Math.max(hi, o.hi));
    }

    boolean contains(long v) {
        return lo <= v && v <= hi;
    }

    boolean isZero() {
        return lo == 0 && hi == 0;
    }

    boolean excludesZero() {
        return !contains(0);
    }

    boolean isFull() {
        return lo == Long.MIN_VALUE && hi == Long.MAX_VALUE;
    }

    /** Without the value {@code v} when it is one end of the range (null when it was the only value). */
    ValueRange without(long v) {
        if (lo == v && hi == v) {
            return null;
        }
        if (lo == v) {
            return new ValueRange(lo + 1, hi);
        }
        if (hi == v) {
            return new ValueRange(lo, hi - 1);
        }
        return this;
    }

    ValueRange withoutZero() {
        ValueRange r = without(0);
        return r == null ? this : r;
    }

    ValueRange shift(long delta) {
        return new ValueRange(add(lo, delta), add(hi, delta));
    }

    private static long add(long bound, long delta) {
        if (bound == Long.MIN_VALUE || bound == Long.MAX_VALUE) {
            return bound;
        }
        long r = bound + delta;
        // saturate instead of wrapping
        if (((bound ^ r) & (delta ^ r)) < 0) {
            return delta > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return r;
    }

    @Override
    public String toString() {
        return (lo == Long.MIN_VALUE ? "-inf" : Long.toString(lo)) + ".." + (hi == Long.MAX_VALUE ? "inf" : Long.toString(hi));
    }
}
