package org.lockaudit.core.concurrency;

/**
 * Where an access runs: in a concurrent entry point ({@code THREAD}: its root function, and whether several
 * instances run at once), in the thread that started others ({@code CREATOR}: its root function, and whether the
 * access is in its concurrent phase), or somewhere the model knows nothing about ({@code UNKNOWN}: never reported
 * as racing).
 */
public record ExecutionContext(Kind kind, String root, boolean concurrent, boolean multi, String description,
        java.util.List<Frame> frames) {
    /** One function on the access's call path, outermost first, and the line where the path leaves it. */
    public record Frame(String function, int line) {
    }

    public enum Kind {
        THREAD, CREATOR, UNKNOWN
    }

    /**
     * Whether code in this context may run at the same time as code in {@code o}, as far as the contexts alone
     * tell ({@link ConcurrencyModel#mayRunTogether} also asks whether a creator had started the thread yet).
     */
    public boolean mayRunWith(ExecutionContext o) {
        if (kind == Kind.UNKNOWN || o.kind == Kind.UNKNOWN || !concurrent || !o.concurrent) {
            return false;
        }
        if (kind == Kind.THREAD && o.kind == Kind.THREAD) {
            return !root.equals(o.root) || multi;
        }
        // a started thread and the concurrent phase of a creator; two creator phases are one thread
        return kind != o.kind;
    }
}
