package org.lockaudit.core.dataflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A witness path: the steps along one path that reached a program point, as a persistent list sharing its prefix
 * with every path it was extended from. Trails ride along with states but never take part in equality or joins:
 * the worklist keeps the trail of the first path that brought a state, so a trail is one real path, not a proof
 * that every path behaves alike.
 */
public final class Trail {
    public static final Trail EMPTY = new Trail(null, null, 0);
    /** Paths longer than this keep their first steps only (evidence stays readable, memory bounded). */
    private static final int MAX_STEPS = 200;

    private final Step head;
    private final Trail tail;
    private final int length;

    private Trail(Step head, Trail tail, int length) {
        this.head = head;
        this.tail = tail;
        this.length = length;
    }

    public Trail then(Step step) {
        return length >= MAX_STEPS ? this : new Trail(step, this, length + 1);
    }

    public Trail then(List<Step> steps) {
        Trail t = this;
        for (Step s : steps) {
            t = t.then(s);
        }
        return t;
    }

    /** The same steps as {@code o} (without building the lists). */
    public boolean sameSteps(Trail o) {
        Trail a = this, b = o;
        while (a != b) {
            if (a == null || b == null || a.length != b.length || !java.util.Objects.equals(a.head, b.head)) {
                return false;
            }
            a = a.tail;
            b = b.tail;
        }
        return true;
    }

    public Step last() {
        return head;
    }

    public int length() {
        return length;
    }

    public List<Step> steps() {
        List<Step> out = new ArrayList<>(length);
        for (Trail t = this; t.head != null; t = t.tail) {
            out.add(t.head);
        }
        Collections.reverse(out);
        return out;
    }

    @Override
    public String toString() {
        return steps().toString();
    }
}
