package org.lockaudit.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall-clock milliseconds per engine phase, in the order the phases ran ({@code facts}, {@code program},
 * {@code summaries}, {@code checks}, {@code findings}, ...; a phase run twice adds up). Filled by {@link Analysis}
 * and {@link AnalysisSession} when given one; printed by {@code lockaudit analyze --timings}. Thread-safe.
 */
public final class Timings {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    /** Phases that ran on another thread, overlapping the others (their sum is not wall time). */
    private final java.util.Set<String> concurrent = new java.util.HashSet<>();

    /** Starts timing a phase: {@code try (var t = timings.phase("summaries")) { ... }}. */
    public Phase phase(String name) {
        return new Phase(this, name, System.nanoTime());
    }

    public synchronized void add(String phase, long ms) {
        millis.merge(phase, ms, Long::sum);
    }

    /** Records a phase that ran on another thread while the others went on. */
    public synchronized void addConcurrent(String phase, long ms) {
        concurrent.add(phase);
        add(phase, ms);
    }

    /** Sum of the phases that ran one after the other (the wall time they took together). */
    public synchronized long sequentialTotal() {
        long sum = 0;
        for (Map.Entry<String, Long> e : millis.entrySet()) {
            if (!concurrent.contains(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    public synchronized long get(String phase) {
        return millis.getOrDefault(phase, 0L);
    }

    /** A copy, in phase order. */
    public synchronized Map<String, Long> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }

    /** Null-safe start for optional timings. */
    public static Phase phase(Timings t, String name) {
        return t == null ? new Phase(null, name, 0) : t.phase(name);
    }

    /** A running phase; closing it records the time. */
    public record Phase(Timings owner, String name, long start) implements AutoCloseable {
        @Override
        public void close() {
            if (owner != null) {
                owner.add(name, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
