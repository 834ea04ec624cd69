package org.lockaudit.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.AnalysisSession;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeLoader;

import com.google.gson.Gson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lockaudit bench-incremental --edit-command CMD [tree options] PATH}: the IDE case, measured. Opens an
 * {@link AnalysisSession} on the tree (the whole analysis once), then {@code --edits} times runs CMD with
 * {@code {k}} replaced by the edit number (CMD edits one file in place and prints its path, e.g. the benchmark
 * generator's {@code --edit}), and times {@code session.update({that file})}. Prints one JSON line: every edit's
 * latency, their median, what the updates did, and with {@code --verify} whether the last result equals a
 * from-scratch analysis. Hidden: for bench/run.
 */
@Command(name = "bench-incremental", hidden = true, mixinStandardHelpOptions = true,
        description = "Time AnalysisSession.update after single-file edits (benchmark driver).")
public final class BenchIncrementalCommand implements Callable<Integer> {
    @Mixin
    TreeOptions tree = new TreeOptions();

    @Option(names = "--edit-command", required = true, paramLabel = "CMD",
            description = "shell command editing one file and printing its path; {k} is the edit number")
    String editCommand;

    @Option(names = "--edits", defaultValue = "10", description = "number of edits (default 10)")
    int edits;

    @Option(names = "--verify", description = "compare the last result with a from-scratch analysis")
    boolean verify;

    @Override
    public Integer call() throws Exception {
        TreeLoader.Tree t = tree.load();
        FactsAnalysis.Options options = tree.analysisOptions(t);
        AnalysisSession session = new AnalysisSession(t.config(), t.units(), options);
        long t0 = System.nanoTime();
        session.update(Set.of(), null);
        long openMillis = (System.nanoTime() - t0) / 1_000_000;
        long heapAfterOpen = heapUsedMB();
        List<Long> latencies = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        List<Long> withParser = new ArrayList<>();
        List<Long> process = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Object> updates = new ArrayList<>();
        for (int k = 0; k < edits; k++) {
            Path edited = runEdit(editCommand.replace("{k}", Integer.toString(k * 97 % Math.max(1, t.units().size()))));
            long c = threads.getCurrentThreadCpuTime();
            long pc = processCpuNanos();
            long s = System.nanoTime();
            session.update(Set.of(edited), null);
            long ms = (System.nanoTime() - s) / 1_000_000;
            latencies.add(ms);
            // CPU of the updating thread (the one re-parsed unit runs on a pool thread): shows the cost on a
            // loaded machine, where wall time includes waiting for a core
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000_000);
            // plus the re-extraction on the parsing thread; and the whole process (collector and compiler too)
            withParser.add(cpu.get(cpu.size() - 1) + session.lastFactsStats().cpuMillis());
            process.add((processCpuNanos() - pc) / 1_000_000);
            AnalysisSession.Stats st = session.lastStats();
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("file", edited.getFileName().toString());
            u.put("millis", ms);
            u.put("full", st.full());
            u.put("unitsExtracted", st.unitsExtracted());
            u.put("summarised", st.summarised());
            u.put("analysed", st.analysed());
            u.put("inferenceRun", st.inferenceRun());
            u.put("fieldsInferred", st.fieldsInferred());
            // header bodies served blank by the session's kept front end, units parsed again after a blank-body miss
            u.put("blankBodies", session.lastFactsStats().blankBodies());
            u.put("reparsedUnits", session.lastFactsStats().reparsedUnits());
            // access sites the race rule read anew; whole-program finish parts reused / computed again
            u.put("raceSitesRead", session.lastReuse().raceSitesRead());
            u.put("finishPartsReused", session.lastReuse().finishPartsReused());
            u.put("finishPartsComputed", session.lastReuse().finishPartsComputed());
            u.put("phases", session.lastTimings().asMap());
            updates.add(u);
        }
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("units", t.units().size());
        out.put("functions", session.lastStats() == null ? 0 : session.lastStats().functions());
        out.put("openMillis", openMillis);
        // what the session holds (facts, summaries, memos, the front end's header memo) after a full collection
        out.put("heapAfterOpenMB", heapAfterOpen);
        out.put("heapAfterEditsMB", heapUsedMB());
        out.put("latenciesMillis", latencies);
        out.put("medianMillis", sorted.isEmpty() ? 0 : median(sorted));
        List<Long> cpuSorted = new ArrayList<>(cpu);
        cpuSorted.sort(null);
        out.put("cpuMillis", cpu);
        out.put("medianCpuMillis", cpuSorted.isEmpty() ? 0 : median(cpuSorted));
        out.put("cpuWithParserMillis", withParser);
        out.put("medianCpuWithParserMillis", withParser.isEmpty() ? 0 : median(sortedCopy(withParser)));
        out.put("processCpuMillis", process);
        out.put("medianProcessCpuMillis", process.isEmpty() ? 0 : median(sortedCopy(process)));
        out.put("updates", updates);
        if (verify) {
            AnalysisResult fresh = Analysis.run(FactsAnalysis.run(t.config(), t.units(), options, null), null);
            out.put("equalToFreshRun", fresh.findings().equals(session.result().findings())
                    && fresh.suppressed().equals(session.result().suppressed())
                    && fresh.entryContexts().equals(session.result().entryContexts())
                    && fresh.guards().sites().equals(session.result().guards().sites())
                    && List.copyOf(fresh.guards().fields().entrySet())
                            .equals(List.copyOf(session.result().guards().fields().entrySet())));
        }
        System.out.println(new Gson().toJson(out));
        return Main.EXIT_OK;
    }

    private static List<Long> sortedCopy(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted;
    }

    /** CPU time of the whole JVM (every thread), or 0 where it is not measured. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static long heapUsedMB() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static Path runEdit(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank()) {
                    last = line.strip();
                }
            }
        }
        if (p.waitFor() != 0 || last == null) {
            throw new IllegalStateException("edit command failed: " + command);
        }
        return Path.of(last).toAbsolutePath().normalize();
    }
}
