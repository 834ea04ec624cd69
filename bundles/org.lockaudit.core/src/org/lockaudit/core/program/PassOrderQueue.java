package org.lockaudit.core.program;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The functions an incremental pass must visit, taken in the order of the full pass it replaces (callers before
 * callees): a function is queued once, by its rank in that order; one with no rank (not in the last full pass) is
 * never queued. Used by the entry-context and contextual passes of an update ({@code summary.EntryContexts},
 * {@code inference.ContextualAnalysis}), which queue the changed functions and then the callees of any function
 * whose run passed on something different.
 */
public final class PassOrderQueue {
    private final Map<FunctionId, Integer> rank;
    private final List<FunctionId> order;
    private final PriorityQueue<Integer> queue = new PriorityQueue<>();
    private final Set<Integer> queued = new HashSet<>();
    private int polled;

    /** {@code order}: the full pass's functions; {@code rank}: each one's index in it. */
    public PassOrderQueue(Map<FunctionId, Integer> rank, List<FunctionId> order) {
        this.rank = rank;
        this.order = order;
    }

    /** Queues {@code f} unless it was queued before in this pass or has no rank. */
    public void add(FunctionId f) {
        Integer r = rank.get(f);
        if (r != null && queued.add(r)) {
            queue.add(r);
        }
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The queued function first in pass order. */
    public FunctionId poll() {
        return order.get(queue.poll());
    }

    /**
     * The queued function first in pass order, or null when none is left; every 64 functions, {@code monitor} is
     * asked whether the pass is cancelled ({@link org.eclipse.core.runtime.OperationCanceledException}).
     */
    public FunctionId next(org.eclipse.core.runtime.IProgressMonitor monitor) {
        if (queue.isEmpty()) {
            return null;
        }
        if ((++polled & 63) == 0 && monitor.isCanceled()) {
            throw new org.eclipse.core.runtime.OperationCanceledException();
        }
        return poll();
    }
}
