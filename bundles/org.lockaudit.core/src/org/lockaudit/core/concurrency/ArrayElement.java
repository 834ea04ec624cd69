package org.lockaudit.core.concurrency;

import org.lockaudit.core.inference.AccessSite;

/**
 * The element of a global array an access touches: {@code sizes[it->slabs_clsid]++} is element
 * {@code it->slabs_clsid} of {@code sizes}, {@code itemstats[id].evicted++} element {@code id} of
 * {@code itemstats}. Read from the access's base as the front end records it for a global (the array's name and
 * the subscript the binder spelt); null for an access of the whole variable ({@code old_hashtable = p}).
 */
record ArrayElement(String array, String index) {

    static ArrayElement of(AccessSite s) {
        if (!s.global() || s.base() == null) {
            return null;
        }
        String base = s.base().strip();
        int open = base.indexOf('[');
        if (open <= 0) {
            return null;
        }
        String name = base.substring(0, open).strip();
        if (!name.matches("[A-Za-z_]\\w*")) {
            return null;
        }
        int close = Subscripts.closing(base, open);
        if (close < 0) {
            return null;
        }
        return new ArrayElement(name, org.lockaudit.core.program.LockId.withoutBlanks(base.substring(open + 1, close)));
    }

    /** Never the same element: two different integer constants ({@code a[0]}, {@code a[1]}). */
    boolean distinctFrom(ArrayElement o) {
        return array.equals(o.array) && Subscripts.distinctConstants(index, o.index);
    }
}
