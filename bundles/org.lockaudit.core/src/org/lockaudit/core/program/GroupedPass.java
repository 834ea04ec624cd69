package org.lockaudit.core.program;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * A pass over groups of items, one group after the other, the items of one group side by side on {@code threads}
 * threads (the calling thread and {@code threads - 1} helpers), each item by one thread: the summaries of the call
 * graph's components of one depth, the contextual runs of one height. The caller makes the groups such that no item
 * reads what another item of its group writes. A group of fewer than {@code minShared} items is run by the calling
 * thread alone (not worth handing out). An item's exception stops the group's hand-out and is thrown by {@link #run}.
 */
public final class GroupedPass {
    private GroupedPass() {
    }

    public static <T> void run(List<? extends List<T>> groups, int threads, int minShared, String threadName,
            Consumer<T> work, BooleanSupplier canceled) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads - 1), r -> {
            Thread t = new Thread(null, r, threadName, 64L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            for (List<T> group : groups) {
                if (canceled.getAsBoolean()) {
                    throw new OperationCanceledException();
                }
                if (threads < 2 || group.size() < minShared) {
                    group.forEach(work);
                    continue;
                }
                AtomicInteger next = new AtomicInteger();
                AtomicBoolean failed = new AtomicBoolean();
                Runnable share = () -> {
                    try {
                        for (int i = next.getAndIncrement(); i < group.size() && !failed.get();
                                i = next.getAndIncrement()) {
                            work.accept(group.get(i));
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                };
                List<Future<?>> helpers = new ArrayList<>();
                for (int t = 0; t < threads - 1; t++) {
                    helpers.add(pool.submit(share));
                }
                try {
                    share.run();
                } finally {
                    for (Future<?> f : helpers) {
                        join(f);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
