package org.lockaudit.core.inference;

import java.util.List;

/**
 * An access that needs a lock and does not hold the field's guard: where, what kind, the locks it does hold,
 * the calling context that lacks the guard, and the counted reference it holds instead, if any (lifetime only).
 */
public record Counterexample(String function, String file, int line, String kind, List<String> held, String context,
        String reference) {
    public Counterexample {
        held = List.copyOf(held);
    }

    public String location() {
        return file + ":" + line;
    }
}
