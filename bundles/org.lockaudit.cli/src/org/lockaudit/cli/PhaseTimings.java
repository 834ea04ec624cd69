package org.lockaudit.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsStats;
import org.lockaudit.core.Timings;

import com.google.gson.Gson;

/**
 * The {@code --timings} line of {@code lockaudit analyze}: one JSON object on stderr,
 * <pre>{"timings":{"totalMillis":…,"jvmStartMillis":…,"factsMillis":…,"parseMillis":…,"extractMillis":…,
 *   "programMillis":…,"summariesMillis":…,"checksMillis":…,"inferenceWaitMillis":…,"findingsMillis":…,
 *   "reportMillis":…,"inferenceMillis":…,"units":…,"parsed":…,"cached":…,"functions":…,"findings":…,"heapPeakMB":…}}</pre>
 * Phase times are wall-clock; {@code parseMillis}/{@code extractMillis} add up every unit's parse and extraction
 * time over the parsing threads (so they exceed {@code factsMillis} on several cores); {@code inferenceMillis} is the
 * guard inference, which runs on a second thread during the checks ({@code inferenceWaitMillis}: how long the
 * analysis then waited for it after the checks); {@code totalMillis} runs from
 * JVM start to now; {@code heapPeakMB} is the sum of the heap pools' peak usage (an upper bound of the peak).
 */
final class PhaseTimings {
    private PhaseTimings() {
    }

    static String json(Timings phases, FactsStats stats, AnalysisResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        m.put("totalMillis", uptime);
        long phasesTotal = phases.sequentialTotal();
        m.put("jvmStartMillis", Math.max(0, uptime - phasesTotal));
        phases.asMap().forEach((k, v) -> {
            m.put(k + "Millis", v);
            if (k.equals("facts") && stats != null) {
                m.put("parseMillis", stats.parseMillis());
                m.put("extractMillis", stats.extractMillis());
                m.put("blankBodies", stats.blankBodies());
                m.put("reparsedUnits", stats.reparsedUnits());
            }
        });
        if (stats != null) {
            m.put("units", stats.units());
            m.put("parsed", stats.parsed());
            m.put("cached", stats.cached());
            m.put("functions", stats.functions());
            m.put("cleanFunctions", stats.cleanFunctions());
            m.put("problemFunctions", stats.problemFunctions());
            m.put("unresolvedIncludes", stats.unresolvedIncludes());
            m.put("failedUnits", stats.failedUnits());
        }
        if (result != null) {
            m.put("findings", result.findings().size());
        }
        m.put("heapPeakMB", heapPeakBytes() >> 20);
        return new Gson().toJson(Map.of("timings", m));
    }

    static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
