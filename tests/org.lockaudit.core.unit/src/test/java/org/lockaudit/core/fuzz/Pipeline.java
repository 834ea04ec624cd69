package org.lockaudit.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.DiagnosticKind;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * The fuzz target: one C source through the whole engine (parse → extract → analyse) in-process, with tight
 * budgets, twice. It fails ({@link Failure}) when an exception escapes, when the engine reports an internal error
 * (a crash it caught), when a run takes longer than its budgets allow (a hang), or when the two runs differ.
 */
public final class Pipeline {
    /** Tight budgets: a fuzz input must never need more. */
    public static final Limits LIMITS = new Limits(3_000, 200_000, 5_000, 1_000, 200, 6);
    /** Wall-clock bound for one run: the unit budget, the dataflow budgets and slack for a slow machine. */
    public static final long HANG_MILLIS = 30_000;

    /** What the fuzz target reports. */
    public static final class Failure extends AssertionError {
        private static final long serialVersionUID = 1L;
        public final String kind;

        Failure(String kind, String message, Throwable cause) {
            super(kind + ": " + message, cause);
            this.kind = kind;
        }
    }

    /** Budgets for telling a timing difference from nondeterminism (a loaded machine can miss the tight ones). */
    static final Limits RELAXED = new Limits(60_000, 200_000, 5_000, 30_000, 200, 6);

    private final Path dir;
    private final java.util.concurrent.atomic.AtomicInteger overBudget = new java.util.concurrent.atomic.AtomicInteger();

    public Pipeline(Path dir) {
        this.dir = dir;
    }

    /** Inputs whose two runs differed only because a time budget was hit in one of them. */
    public int overBudget() {
        return overBudget.get();
    }

    /** Runs {@code source} twice and checks the outcome; returns the canonical result. */
    public String check(byte[] source) {
        String first = runOnce(source, LIMITS);
        String second = runOnce(source, LIMITS);
        if (!first.equals(second) && (timing(first) || timing(second))) {
            // A time budget cut one run short (the machine is shared): compare two runs with time to spare.
            overBudget.incrementAndGet();
            first = runOnce(source, RELAXED);
            second = runOnce(source, RELAXED);
        }
        if (!first.equals(second)) {
            throw new Failure("nondeterministic", "two runs on the same input differ:\n--- first\n" + first
                    + "\n--- second\n" + second, null);
        }
        blankBodies(source);
        return first;
    }

    /**
     * The input as a header two units include (the second after defining a macro): every unit's facts must be the
     * same whether the run serves header bodies it already extracted blank or parses every header whole.
     */
    void blankBodies(byte[] source) {
        Path root = dir.resolve("blank");
        try {
            Files.createDirectories(root);
            Files.write(root.resolve("fuzz.h"), source);
            Files.writeString(root.resolve("u1.c"), "#include \"fuzz.h\"\nvoid fuzz_u1(void) { }\n");
            Files.writeString(root.resolve("u2.c"), "#define FUZZ_U2 1\n#include \"fuzz.h\"\nvoid fuzz_u2(void) { }\n");
            Files.writeString(root.resolve("u3.c"), "#include \"fuzz.h\"\nvoid fuzz_u3(void) { }\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeConfig config = new TreeConfig.Builder().limits(RELAXED).build();
        List<Path> units = List.of(root.resolve("u1.c"), root.resolve("u2.c"), root.resolve("u3.c"));
        FactsAnalysis.Options one = new FactsAnalysis.Options(null, 1, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES,
                RELAXED);
        FactsResult blank, whole;
        try {
            blank = FactsAnalysis.run(config, units, one, null);
            whole = FactsAnalysis.run(config, units, one.withWholeHeaders(), null);
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure("crash", "exception escaped the engine (blank bodies): " + e, e);
        }
        for (int i = 0; i < units.size(); i++) {
            TranslationUnitFacts a = blank.units().get(i), b = whole.units().get(i);
            boolean budget = a.getDiagnostics().stream().anyMatch(d -> d.getKind() == DiagnosticKind.ANALYSIS_INCOMPLETE)
                    || b.getDiagnostics().stream().anyMatch(d -> d.getKind() == DiagnosticKind.ANALYSIS_INCOMPLETE);
            if (!budget && !org.eclipse.emf.ecore.util.EcoreUtil.equals(a, b)) {
                throw new Failure("blank-bodies", "facts of " + units.get(i).getFileName()
                        + " differ when header bodies are served blank (" + blank.stats().blankBodies() + " blank)",
                        null);
            }
        }
    }

    private static boolean timing(String result) {
        return result.contains("unit budget exceeded") || result.contains("dataflow budget exceeded: no fixpoint");
    }

    /** One run: the canonical text of its facts, findings and diagnostics. */
    public String runOnce(byte[] source) {
        return runOnce(source, LIMITS);
    }

    private String runOnce(byte[] source, Limits limits) {
        TreeConfig config = new TreeConfig.Builder().limits(limits).build();
        Path unit = dir.resolve("fuzz.c");
        try {
            Files.write(unit, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t0 = System.nanoTime();
        FactsResult facts;
        AnalysisResult result;
        try {
            facts = FactsAnalysis.run(config, List.of(unit),
                    new FactsAnalysis.Options(null, 1, FactsAnalysis.Options.DEFAULT_MAX_FILE_BYTES, limits), null);
            result = Analysis.run(facts, limits, null);
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure("crash", "exception escaped the engine: " + e, e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > HANG_MILLIS && limits == LIMITS) {
            throw new Failure("hang", "one run took " + ms + " ms (budget " + HANG_MILLIS + " ms)", null);
        }
        StringBuilder s = new StringBuilder();
        for (TranslationUnitFacts tu : facts.units()) {
            for (Function f : tu.getFunctions()) {
                int events = 0;
                for (CfgNode n : f.getNodes()) {
                    events += n.getEvents().size();
                }
                s.append("function ").append(f.getName()).append(' ').append(f.getStartLine()).append(" nodes=")
                        .append(f.getNodes().size()).append(" events=").append(events).append(" problem=")
                        .append(f.isProblem()).append('\n');
            }
        }
        List<String> internal = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            s.append("diagnostic ").append(d.getKind()).append(' ').append(d.getLine()).append(' ')
                    .append(d.getMessage()).append('\n');
            if (d.getKind() == DiagnosticKind.INTERNAL) {
                internal.add(d.getMessage());
            }
        }
        for (Finding f : result.findings()) {
            s.append("finding ").append(f.kind().id()).append(' ').append(f.line()).append(' ').append(f.function())
                    .append(' ').append(f.locks()).append(' ').append(f.message()).append('\n');
        }
        if (!internal.isEmpty()) {
            throw new Failure("crash", "the engine caught an internal error: " + internal, null);
        }
        return s.toString();
    }
}
