package org.lockaudit.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.lockaudit.core.report.SkippedUnit;

/**
 * What a run tells on stderr while it works: on a terminal (and without {@code --quiet}) one line rewritten in
 * place, {@code lockaudit: parsing 120/450 units, 0:42}; nothing when stderr is not a terminal. With {@code -v}
 * (not silenced by {@code --quiet}, which only stops the progress line) the time of each phase and the skipped
 * units at the end. {@code LOCKAUDIT_PROGRESS=always|never} overrides the terminal test.
 */
final class Progress {
    private static final long REDRAW_MILLIS = 200;

    private final PrintStream err;
    private final boolean live;
    private final boolean verbose;
    private final long start = System.nanoTime();
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private String phase;
    private long phaseStart;
    private int done;
    private int total;
    private long ticks;
    private int totalTicks;
    private long lastDraw;
    private int drawnWidth;

    Progress(boolean quiet, boolean verbose) {
        this.err = System.err;
        this.verbose = verbose;
        String forced = System.getenv("LOCKAUDIT_PROGRESS");
        if (forced == null) {
            forced = System.getProperty("lockaudit.progress");
        }
        this.live = !quiet && ("always".equals(forced) || (!"never".equals(forced) && terminal()));
    }

    /**
     * Whether stderr is a terminal: on Linux, where file descriptor 2 points ({@code /dev/pts/N}, {@code /dev/ttyN});
     * elsewhere the console (the JDK tests stdin and stdout, not stderr).
     */
    private static boolean terminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            java.nio.file.Path fd2 = java.nio.file.Path.of("/proc/self/fd/2");
            if (java.nio.file.Files.isSymbolicLink(fd2)) {
                String target = java.nio.file.Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: ask the console
        }
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            // Console.isTerminal() (Java 22+): System.console() is no longer null when redirected
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }

    /** Starts the last phase, writing the report: the progress line is cleared first, so the report starts clean. */
    synchronized void reportPhase() {
        phase("writing the report");
        clearLine();
    }

    private void clearLine() {
        if (live && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    /** Starts a phase (ends the previous one). */
    synchronized void phase(String name) {
        endPhase();
        phase = name;
        phaseStart = System.nanoTime();
        done = 0;
        total = 0;
        ticks = 0;
        totalTicks = 0;
        draw(true);
    }

    /** The number of units the phase works through (its monitor counts in its own ticks). */
    synchronized void units(int n) {
        total = n;
    }

    private void endPhase() {
        if (phase != null) {
            phases.merge(phase, (System.nanoTime() - phaseStart) / 1_000_000, Long::sum);
            phase = null;
        }
    }

    /** A monitor that counts the phase's units and passes cancellation through to {@code delegate}. */
    IProgressMonitor monitor(IProgressMonitor delegate) {
        return new ProgressMonitorWrapper(delegate) {
            @Override
            public void beginTask(String name, int totalWork) {
                super.beginTask(name, totalWork);
                synchronized (Progress.this) {
                    totalTicks = totalWork;
                }
            }

            @Override
            public void worked(int work) {
                super.worked(work);
                synchronized (Progress.this) {
                    ticks += work;
                    done = totalTicks > 0 && total > 0 ? (int) Math.min(total, ticks * total / totalTicks) : done;
                    draw(false);
                }
            }
        };
    }

    private void draw(boolean force) {
        if (!live) {
            return;
        }
        long now = System.nanoTime() / 1_000_000;
        if (!force && now - lastDraw < REDRAW_MILLIS && done < total) {
            return;
        }
        lastDraw = now;
        long s = (System.nanoTime() - start) / 1_000_000_000;
        String line = "lockaudit: " + phase + (total > 0 ? " " + done + "/" + total + " units" : "") + ", "
                + s / 60 + ":" + String.format("%02d", s % 60);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    /** Clears the progress line; with -v prints the phase times and the skipped units. */
    synchronized void finish(List<SkippedUnit> skipped) {
        endPhase();
        clearLine();
        if (verbose) {
            phases.forEach((k, v) -> err.println("lockaudit: " + k + ": " + v + " ms"));
            err.println("lockaudit: total: " + (System.nanoTime() - start) / 1_000_000 + " ms");
            for (SkippedUnit u : skipped) {
                err.println("lockaudit: skipped " + u.file() + ": " + u.reason());
            }
        }
    }
}
