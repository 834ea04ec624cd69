package org.lockaudit.core.dataflow;

import java.util.Set;

/**
 * A path enters a callee at this call: {@code callee} as written ({@code hw_interrupt_type.enable} for an indirect
 * call through an ops field), {@code indirect} when the call goes through a function pointer, {@code candidates},
 * how many function bodies the call was resolved to, {@code takenByAll}, the lock classes every one of them
 * takes (so whichever body runs, it takes them), and {@code noReturn} when the callee is declared never to return
 * ({@code panic()}, {@code machine_restart()}).
 */
public record CallDescent(String callee, boolean indirect, int candidates, Set<String> takenByAll, boolean noReturn)
        implements StepFact {
    public CallDescent {
        takenByAll = Set.copyOf(takenByAll);
    }
}
