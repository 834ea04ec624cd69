package org.lockaudit.core.dataflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lockaudit.core.program.LockId;

/** An immutable sorted set of {@link LockId}s, copied on write (a handful of elements at most). */
public final class LockIdSet {
    public static final LockIdSet EMPTY = new LockIdSet(new LockId[0]);

    private final LockId[] ids;
    private final int hash;

    private LockIdSet(LockId[] ids) {
        this.ids = ids;
        this.hash = Arrays.hashCode(ids);
    }

    public boolean contains(LockId id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    public LockIdSet with(LockId id) {
        int i = Arrays.binarySearch(ids, id);
        if (i >= 0) {
            return this;
        }
        int at = -(i + 1);
        LockId[] copy = new LockId[ids.length + 1];
        System.arraycopy(ids, 0, copy, 0, at);
        copy[at] = id;
        System.arraycopy(ids, at, copy, at + 1, ids.length - at);
        return new LockIdSet(copy);
    }

    public LockIdSet without(LockId id) {
        int i = Arrays.binarySearch(ids, id);
        if (i < 0) {
            return this;
        }
        LockId[] copy = new LockId[ids.length - 1];
        System.arraycopy(ids, 0, copy, 0, i);
        System.arraycopy(ids, i + 1, copy, i, ids.length - i - 1);
        return copy.length == 0 ? EMPTY : new LockIdSet(copy);
    }

    public LockIdSet union(LockIdSet o) {
        LockIdSet s = this;
        for (LockId id : o.ids) {
            s = s.with(id);
        }
        return s;
    }

    public LockIdSet intersect(LockIdSet o) {
        LockIdSet s = this;
        for (LockId id : ids) {
            if (!o.contains(id)) {
                s = s.without(id);
            }
        }
        return s;
    }

    public List<LockId> asList() {
        return List.of(ids);
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LockIdSet s && hash == s.hash && Arrays.equals(ids, s.ids);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return new ArrayList<>(List.of(ids)).toString();
    }
}
