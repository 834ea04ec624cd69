package org.lockaudit.core.dataflow;

/** One step of an evidence path: where ({@code file:line}), what happened, and the locks held right after. */
public record Step(String file, int line, String what, HeldLockSet heldAfter) {
    public String location() {
        return file + ":" + line;
    }
}
