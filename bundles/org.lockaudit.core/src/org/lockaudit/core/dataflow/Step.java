package org.lockaudit.core.dataflow;

/**
 * One step of an evidence path: where ({@code file:line}), what happened, and the locks held right after.
 * {@code fact} is what the step means for checks that judge a path rather than print it (a branch outcome, a descent
 * into a callee), or null; two steps that print alike may carry different facts.
 */
public record Step(String file, int line, String what, HeldLockSet heldAfter, StepFact fact) {
    public Step(String file, int line, String what, HeldLockSet heldAfter) {
        this(file, line, what, heldAfter, null);
    }

    /** {@code pci.c:17}: file name without directories, for messages (evidence steps keep the full file). */
    public String location() {
        int slash = file == null ? -1 : Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return (file == null ? "?" : file.substring(slash + 1)) + ":" + line;
    }

    /**
     * The record's equality (every component equal), written out: the line first, the cheapest test that tells two
     * steps apart; summaries compare their witness paths step by step at every update (perf). The record's hash stays.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Step s && line == s.line && java.util.Objects.equals(what, s.what)
                && java.util.Objects.equals(file, s.file) && java.util.Objects.equals(fact, s.fact)
                && java.util.Objects.equals(heldAfter, s.heldAfter);
    }

    public Step withFact(StepFact f) {
        return new Step(file, line, what, heldAfter, f);
    }
}
