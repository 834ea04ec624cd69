package org.lockaudit.core.dataflow;

/**
 * A path took one outcome of a branch: in {@code function}, at CFG node {@code node} (source line {@code line}),
 * condition {@code expression} was {@code truth}. Only recorded for a condition the function never changes (see
 * {@link LockSetAnalysis}): a plain variable or member chain ({@code opt_noreboot}, {@code d->is_dying}) that no
 * statement of the function writes.
 */
public record BranchTaken(String function, int node, int line, String expression, boolean truth) implements StepFact {
}
