package org.lockaudit.core.fuzz;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;

/**
 * The long fuzz run (bench/fuzz): the structured {@link CMutator} over the seeds, each mutant through the whole
 * engine ({@link Pipeline}), with a watchdog for hangs. Coverage-guided when JaCoCo's agent is attached
 * ({@code -javaagent:jacocoagent.jar=includes=org.lockaudit.core.*,output=none}): a mutant that reaches new
 * probes joins the corpus. Crashes and hangs are saved under the output folder with their message; the summary
 * gives executions, coverage of org.lockaudit.core (lines, branches) and findings.
 *
 * <p>Arguments: {@code --runs N --seed S --out DIR --repo DIR --classes DIR --max-seconds T}.
 */
public final class FuzzMain {
    private final Map<Long, boolean[]> covered = new HashMap<>();
    private int coveredProbes;
    private int overBudget;
    private final Method dump;
    private final Object agent;

    private FuzzMain() {
        Object a = null;
        Method d = null;
        try {
            Class<?> rt = Class.forName("org.jacoco.agent.rt.RT");
            a = rt.getMethod("getAgent").invoke(null);
            d = a.getClass().getMethod("getExecutionData", boolean.class);
            d.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            a = null;
            d = null;
        }
        agent = a;
        dump = d;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path repo = Path.of(opt.getOrDefault("repo", Seeds.repo().toString()));
        Path out = Path.of(opt.getOrDefault("out", repo.resolve("bench/out/fuzz").toString()));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "10000"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
        long maxSeconds = Long.parseLong(opt.getOrDefault("max-seconds", "0"));
        Path classes = opt.containsKey("classes") ? Path.of(opt.get("classes")) : null;
        int code = new FuzzMain().run(repo, out, runs, seed, maxSeconds, classes);
        System.exit(code);
    }

    private int run(Path repo, Path out, int runs, long seed, long maxSeconds, Path classes) throws Exception {
        Files.createDirectories(out);
        List<byte[]> seeds = Seeds.load(repo);
        List<byte[]> corpus = new ArrayList<>(seeds);
        Random random = new Random(seed);
        CMutator mutator = new CMutator(CMutator.Choices.of(random));
        Map<String, Integer> findings = new TreeMap<>();
        ExecutorService exec = newExecutor();
        Path work = Files.createTempDirectory("lockaudit-fuzz");
        Pipeline pipeline = new Pipeline(work);
        boolean guided = agent != null;
        System.out.printf("fuzz: %d seeds, %d runs, seed %d, %s%n", seeds.size(), runs, seed,
                guided ? "coverage-guided (JaCoCo probes)" : "unguided (no JaCoCo agent)");
        long t0 = System.nanoTime();
        int execs = 0, kept = 0, hangsAbandoned = 0;
        int overBudgetBefore = 0;
        // Replay every seed first (the regression corpus), then mutants.
        for (int i = 0; i < runs + seeds.size(); i++) {
            if (maxSeconds > 0 && (System.nanoTime() - t0) / 1_000_000_000L > maxSeconds) {
                break;
            }
            byte[] input;
            if (i < seeds.size()) {
                input = seeds.get(i);
            } else {
                int pick = random.nextInt(4) == 0 && corpus.size() > seeds.size()
                        ? seeds.size() + random.nextInt(corpus.size() - seeds.size())
                        : random.nextInt(corpus.size());
                input = mutator.mutate(corpus.get(pick), seeds, 1 + random.nextInt(4));
            }
            // Kept until the input is done: if the JVM dies on it (out of memory), bench/fuzz saves it as a finding.
            Files.write(out.resolve("current.c"), input);
            Pipeline p = pipeline;
            Future<String> f = exec.submit(() -> p.check(input));
            execs++;
            try {
                f.get(Pipeline.HANG_MILLIS * 3, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                save(out, "hang", input, "no result after " + Pipeline.HANG_MILLIS * 3 + " ms (watchdog)", null);
                findings.merge("hang", 1, Integer::sum);
                // The stuck thread cannot be stopped: continue on a fresh one, give up after a few.
                exec.shutdownNow();
                exec = newExecutor();
                overBudgetBefore += pipeline.overBudget();
                work = Files.createTempDirectory("lockaudit-fuzz");
                pipeline = new Pipeline(work);
                if (++hangsAbandoned >= 5) {
                    System.out.println("fuzz: 5 hangs, stopping");
                    break;
                }
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                String kind = c instanceof Pipeline.Failure pf ? pf.kind : "crash";
                save(out, kind, input, String.valueOf(c.getMessage()), c);
                findings.merge(kind, 1, Integer::sum);
            }
            if (guided && i >= seeds.size() && newCoverage()) {
                corpus.add(input);
                kept++;
                Files.createDirectories(out.resolve("corpus"));
                Files.write(out.resolve("corpus").resolve(sha1(input) + ".c"), input);
            } else if (guided && i < seeds.size()) {
                newCoverage();
            }
            if (execs % 500 == 0) {
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("fuzz: #%d  %.1f exec/s  corpus %d (+%d)  probes %d  findings %s%n", execs,
                        execs / s, corpus.size(), kept, coveredProbes, findings);
            }
        }
        exec.shutdownNow();
        Files.deleteIfExists(out.resolve("current.c"));
        overBudget = overBudgetBefore + pipeline.overBudget();
        double secs = (System.nanoTime() - t0) / 1e9;
        int mutants = Math.max(0, execs - seeds.size());
        StringBuilder sum = new StringBuilder();
        sum.append("==== lockaudit fuzz summary ====\n");
        sum.append(String.format("executions: %d (%d seeds replayed + %d mutants), %.0f s, %.1f exec/s%n", execs,
                Math.min(execs, seeds.size()), mutants, secs, execs / secs));
        sum.append(String.format("corpus: %d seeds + %d mutants kept for new coverage%n", seeds.size(), kept));
        sum.append(String.format("over a time budget in one of two runs (machine load; re-checked with relaxed budgets): %d%n",
                overBudget));
        sum.append(coverage(classes)).append('\n');
        int total = findings.values().stream().mapToInt(Integer::intValue).sum();
        sum.append(String.format("findings: %d %s%s%n", total, findings.isEmpty() ? "" : findings.toString(),
                total == 0 ? " (no crash, no hang, no nondeterminism)" : " saved under " + out));
        System.out.print(sum);
        Files.writeString(out.resolve("summary.txt"), sum.toString());
        return total == 0 ? 0 : 1;
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-target", 512L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether the probes hit so far include some never hit before (cumulative dump, no reset). */
    private boolean newCoverage() {
        ExecutionDataStore store = store();
        if (store == null) {
            return false;
        }
        boolean fresh = false;
        for (ExecutionData d : store.getContents()) {
            boolean[] probes = d.getProbes();
            boolean[] seen = covered.computeIfAbsent(d.getId(), k -> new boolean[probes.length]);
            for (int i = 0; i < probes.length && i < seen.length; i++) {
                if (probes[i] && !seen[i]) {
                    seen[i] = true;
                    coveredProbes++;
                    fresh = true;
                }
            }
        }
        return fresh;
    }

    private ExecutionDataStore store() {
        if (agent == null) {
            return null;
        }
        try {
            byte[] data = (byte[]) dump.invoke(agent, false);
            ExecutionDataReader reader = new ExecutionDataReader(new ByteArrayInputStream(data));
            ExecutionDataStore store = new ExecutionDataStore();
            reader.setExecutionDataVisitor(store);
            reader.setSessionInfoVisitor(new SessionInfoStore());
            reader.read();
            return store;
        } catch (ReflectiveOperationException | IOException e) {
            return null;
        }
    }

    /** Line and branch coverage of org.lockaudit.core's classes under {@code classes}. */
    private String coverage(Path classes) throws IOException {
        ExecutionDataStore store = store();
        if (store == null) {
            return "coverage: not measured (run with the JaCoCo agent, as bench/fuzz does)";
        }
        if (classes == null || !Files.isDirectory(classes.resolve("org/lockaudit/core"))) {
            return "coverage: " + coveredProbes + " probes hit (no --classes to compute lines and branches)";
        }
        CoverageBuilder builder = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(store, builder);
        File core = classes.resolve("org/lockaudit/core").toFile();
        analyzer.analyzeAll(core);
        long lc = 0, lt = 0, bc = 0, bt = 0;
        long engineLc = 0, engineLt = 0;
        for (IClassCoverage c : builder.getClasses()) {
            if (c.getName().startsWith("org/lockaudit/core/facts/")) {
                continue; // generated EMF model code
            }
            ICounter l = c.getLineCounter(), b = c.getBranchCounter();
            lc += l.getCoveredCount();
            lt += l.getTotalCount();
            bc += b.getCoveredCount();
            bt += b.getTotalCount();
            if (c.getName().matches("org/lockaudit/core/(extract|frontend|dataflow|summary|check|program)/.*")) {
                engineLc += l.getCoveredCount();
                engineLt += l.getTotalCount();
            }
        }
        return String.format("coverage of org.lockaudit.core (JaCoCo, without the generated EMF model): lines %d/%d"
                + " (%.1f%%), branches %d/%d (%.1f%%); front end + engine packages: lines %d/%d (%.1f%%)", lc, lt,
                pct(lc, lt), bc, bt, pct(bc, bt), engineLc, engineLt, pct(engineLc, engineLt));
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static void save(Path out, String kind, byte[] input, String message, Throwable t) throws IOException {
        String name = kind + "-" + sha1(input);
        Files.write(out.resolve(name + ".c"), input);
        StringWriter w = new StringWriter();
        w.write(message + "\n");
        if (t != null) {
            t.printStackTrace(new PrintWriter(w));
        }
        Files.writeString(out.resolve(name + ".txt"), w.toString(), StandardCharsets.UTF_8);
        System.out.println("fuzz: " + kind + " saved as " + out.resolve(name + ".c") + ": "
                + message.lines().findFirst().orElse(""));
    }

    private static String sha1(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(b)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
