package org.lockaudit.core.dataflow;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.program.FunctionId;

/**
 * The per-function budgets of one analysis run ({@link Limits}: CFG size, fixpoint visits and time, summary
 * rounds) and the run's cancellation: the dataflow asks it as it goes, and it records every function whose
 * analysis stopped short, with why, for the run's {@code analysis-incomplete} diagnostics.
 */
public final class FlowBudget {
    /**
     * For callers that pass no budget (the incremental session, Engine III's own runs): the dataflow's historical
     * behaviour (only the visit and round limits), no cancellation, nothing recorded (a shared instance).
     */
    public static final FlowBudget DEFAULT = new FlowBudget(new Limits(0, 0, 0, 0, 200, 6), null, false);

    private final Limits limits;
    private final IProgressMonitor monitor;
    private final boolean recording;
    private final Map<FunctionId, String> incomplete = new TreeMap<>();

    public FlowBudget(Limits limits, IProgressMonitor monitor) {
        this(limits, monitor, true);
    }

    /** {@link #DEFAULT}'s limits, cancelled with {@code monitor}: for callers that only need cancellation. */
    public static FlowBudget cancelling(IProgressMonitor monitor) {
        return monitor == null ? DEFAULT : new FlowBudget(DEFAULT.limits, monitor, false);
    }

    private FlowBudget(Limits limits, IProgressMonitor monitor, boolean recording) {
        this.limits = limits == null ? Limits.DEFAULT : limits;
        this.monitor = monitor;
        this.recording = recording;
    }

    public Limits limits() {
        return limits;
    }

    /** Throws {@link OperationCanceledException} once the run is cancelled. */
    public void checkCanceled() {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** Visits per CFG node in one fixpoint (0 = unlimited). */
    int maxNodeVisits(int engineDefault) {
        return limits.maxNodeVisits() > 0 ? limits.maxNodeVisits() : engineDefault;
    }

    /** The deadline (System.nanoTime) of a fixpoint started now, or Long.MAX_VALUE. */
    long deadline() {
        return limits.functionTimeoutMillis() > 0 ? System.nanoTime() + limits.functionTimeoutMillis() * 1_000_000
                : Long.MAX_VALUE;
    }

    /** Records that {@code f}'s analysis is incomplete and why (the first reason is kept). */
    public synchronized void incomplete(FunctionId f, String why) {
        if (recording) {
            incomplete.putIfAbsent(f, why);
        }
    }

    /** Every function whose analysis stopped short, with why, in function order. */
    public synchronized Map<FunctionId, String> incomplete() {
        return new TreeMap<>(incomplete);
    }
}
