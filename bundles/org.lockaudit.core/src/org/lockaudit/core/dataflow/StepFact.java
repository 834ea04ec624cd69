package org.lockaudit.core.dataflow;

/**
 * What an evidence step means, as data: {@link BranchTaken} (a condition's outcome on the path) or
 * {@link CallDescent} (the path continues inside a callee). Witness checks read these instead of the step's text.
 */
public sealed interface StepFact permits BranchTaken, CallDescent {
}
