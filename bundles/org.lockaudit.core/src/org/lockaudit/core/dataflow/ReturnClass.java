package org.lockaudit.core.dataflow;

/**
 * Which results a return produces, for try-style functions whose lock effect depends on the result: zero,
 * non-zero, or unknown (a value the facts cannot classify: it counts as both).
 */
public enum ReturnClass {
    ZERO, NON_ZERO, UNKNOWN;

    public boolean includes(ReturnClass c) {
        return this == UNKNOWN || this == c;
    }

    public static ReturnClass of(boolean nonZero) {
        return nonZero ? NON_ZERO : ZERO;
    }
}
