package org.lockaudit.core.concurrency;

/** Small helpers on subscripts as the binder spells them ({@code id}, {@code hv&((1<<n)-1)}, {@code 3}). */
final class Subscripts {
    private Subscripts() {
    }

    /** The index of the {@code ]} closing the {@code [} at {@code open}, or -1. */
    static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Both integer constants (decimal, octal or hexadecimal, with or without a suffix) and different values. */
    static boolean distinctConstants(String a, String b) {
        Long x = constant(a);
        Long y = constant(b);
        return x != null && y != null && !x.equals(y);
    }

    private static Long constant(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("[uUlL]+$", "");
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Long.parseLong(t.substring(2), 16);
            }
            if (t.length() > 1 && t.startsWith("0")) {
                return Long.parseLong(t.substring(1), 8);
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
