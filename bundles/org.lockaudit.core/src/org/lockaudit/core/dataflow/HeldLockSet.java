package org.lockaudit.core.dataflow;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;

import org.lockaudit.core.program.LockId;

/**
 * An immutable set of {@link HeldLock}s keyed by {@link LockId}: a small sorted array, copied on write. A program
 * point holds a handful of locks, so a copy of a few references is cheaper than any tree, and structural equality
 * (which the worklist relies on to detect its fixpoint) is one array comparison.
 */
public final class HeldLockSet implements Iterable<HeldLock> {
    public static final HeldLockSet EMPTY = new HeldLockSet(new HeldLock[0]);

    private final HeldLock[] locks;
    private final int hash;

    private HeldLockSet(HeldLock[] sorted) {
        this.locks = sorted;
        this.hash = Arrays.hashCode(sorted);
    }

    public static HeldLockSet of(HeldLock... locks) {
        HeldLockSet s = EMPTY;
        for (HeldLock h : locks) {
            s = s.with(h);
        }
        return s;
    }

    private int indexOf(LockId id) {
        int lo = 0;
        int hi = locks.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = locks[mid].lock().compareTo(id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    public HeldLock get(LockId id) {
        int i = indexOf(id);
        return i >= 0 ? locks[i] : null;
    }

    public boolean contains(LockId id) {
        return indexOf(id) >= 0;
    }

    /** This set with {@code h} added or replacing the entry of its lock. */
    public HeldLockSet with(HeldLock h) {
        int i = indexOf(h.lock());
        if (i >= 0) {
            if (locks[i].equals(h) && locks[i].acquiredAt() == h.acquiredAt()) {
                return this;
            }
            HeldLock[] copy = locks.clone();
            copy[i] = h;
            return new HeldLockSet(copy);
        }
        int at = -(i + 1);
        HeldLock[] copy = new HeldLock[locks.length + 1];
        System.arraycopy(locks, 0, copy, 0, at);
        copy[at] = h;
        System.arraycopy(locks, at, copy, at + 1, locks.length - at);
        return new HeldLockSet(copy);
    }

    public HeldLockSet without(LockId id) {
        int i = indexOf(id);
        if (i < 0) {
            return this;
        }
        HeldLock[] copy = new HeldLock[locks.length - 1];
        System.arraycopy(locks, 0, copy, 0, i);
        System.arraycopy(locks, i + 1, copy, i, locks.length - i - 1);
        return copy.length == 0 ? EMPTY : new HeldLockSet(copy);
    }

    /** Join for must-held: locks in both, with the weaker facts of the two. */
    public HeldLockSet intersect(HeldLockSet o) {
        if (this == o) {
            return this;
        }
        List<HeldLock> out = new ArrayList<>();
        for (HeldLock h : locks) {
            HeldLock other = o.get(h.lock());
            if (other != null) {
                out.add(h.meet(other));
            }
        }
        return fromSorted(out);
    }

    /** Join for may-held: locks in either, with the stronger facts where both have one. */
    public HeldLockSet union(HeldLockSet o) {
        if (this == o) {
            return this;
        }
        HeldLockSet s = this;
        for (HeldLock h : o.locks) {
            HeldLock mine = get(h.lock());
            s = s.with(mine == null ? h : mine.widen(h));
        }
        return s;
    }

    private static HeldLockSet fromSorted(List<HeldLock> sorted) {
        return sorted.isEmpty() ? EMPTY : new HeldLockSet(sorted.toArray(new HeldLock[0]));
    }

    public boolean isEmpty() {
        return locks.length == 0;
    }

    public int size() {
        return locks.length;
    }

    public List<HeldLock> asList() {
        return new AbstractList<>() {
            @Override
            public HeldLock get(int index) {
                return locks[index];
            }

            @Override
            public int size() {
                return locks.length;
            }
        };
    }

    @Override
    public Iterator<HeldLock> iterator() {
        return asList().iterator();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof HeldLockSet s && hash == s.hash && Arrays.equals(locks, s.locks);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** {@code {_pcidevs_lock [recursive], iommu.register_lock (iommu) [irqsave]}}. */
    public String describe() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (HeldLock h : locks) {
            j.add(h.describe());
        }
        return j.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
