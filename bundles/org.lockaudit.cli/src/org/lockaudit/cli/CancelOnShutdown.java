package org.lockaudit.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Ctrl-C (SIGINT/SIGTERM) during a command: a shutdown hook cancels the run's monitor and waits (at most
 * {@link #GRACE_MILLIS}) for the command to unwind, so no cache entry is left half written (entries are renamed
 * into place; a cancelled unit is never stored). One per {@link Main#run} call; commands get the monitor from
 * {@link #monitor()}.
 */
final class CancelOnShutdown implements AutoCloseable {
    static final long GRACE_MILLIS = 2_000;
    private static volatile IProgressMonitor current;

    private final NullProgressMonitor monitor = new NullProgressMonitor();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    CancelOnShutdown() {
        hook = new Thread(() -> {
            monitor.setCanceled(true);
            try {
                done.await(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lockaudit-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        current = monitor;
    }

    /** The monitor of the command running now (never null). */
    static IProgressMonitor monitor() {
        IProgressMonitor m = current;
        return m != null ? m : new NullProgressMonitor();
    }

    @Override
    public void close() {
        done.countDown();
        if (current == monitor) {
            current = null;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running and now returns
        }
    }
}
