package org.lockaudit.core.dataflow;

/** One step of an evidence path: where ({@code file:line}), what happened, and the locks held right after. */
public record Step(String file, int line, String what, HeldLockSet heldAfter) {
    /** {@code pci.c:17}: file name without directories, for messages (evidence steps keep the full file). */
    public String location() {
        int slash = file == null ? -1 : Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return (file == null ? "?" : file.substring(slash + 1)) + ":" + line;
    }
}
