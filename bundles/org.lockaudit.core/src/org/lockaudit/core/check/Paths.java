package org.lockaudit.core.check;

import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.dataflow.Trail;

/** Small helpers to assemble evidence paths. */
public final class Paths {
    private Paths() {
    }

    /** {@code trail}, then {@code at}, then the steps inside a callee. */
    public static List<Step> to(Trail trail, Step at, List<Step> inside) {
        List<Step> out = new ArrayList<>(trail.steps());
        if (at != null) {
            out.add(at);
        }
        out.addAll(inside);
        return out;
    }

    public static String where(Trail t) {
        Step s = t.last();
        return s == null ? "entry" : s.location();
    }

    /** The file name without its directories. */
    public static String shortName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
