package org.lockaudit.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.Analysis;
import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.config.Limits;
import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.dataflow.LockSetAnalysis;
import org.lockaudit.core.dataflow.LockSetListener;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;
import org.lockaudit.core.program.Program;
import org.lockaudit.core.summary.FunctionSummary;
import org.lockaudit.core.summary.SummaryCallEffects;
import org.lockaudit.core.summary.SummaryComputer;

/**
 * Properties of the held-lock dataflow on generated straight-line and branching lock/unlock programs, written as C
 * and fed through the real front end (so the extractor and its CFGs are exercised too). Generated from fixed
 * seeds, so a failure names the seed and reproduces:
 * <ul>
 * <li>must-held ⊆ may-held at every event;</li>
 * <li>the analysis is deterministic;</li>
 * <li>a redundant lock/unlock pair of a fresh lock around code never removes a finding inside it;</li>
 * <li>must and may equal the intersection and union over all entry→exit paths of the CFG, computed by a brute-force
 * path enumerator.</li>
 * </ul>
 * (The lead asked for jqwik; its current release prints a notice refusing use by AI agents, so these properties
 * use plain JUnit with a seeded generator instead: see docs/robustness.md.)
 */
class DataflowPropertiesTest {
    static final int FILES = 30;
    static final int FUNCTIONS = 6;
    static final String PRELUDE = "typedef struct { int v; } spinlock_t;\nvoid spin_lock(spinlock_t *l);\n"
            + "void spin_unlock(spinlock_t *l);\nspinlock_t l0, l1, l2, r;\nint m0, m1, m2, m3, m4, m5, m6, m7, m8, m9,"
            + " m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29;\n";

    @TempDir
    Path dir;

    /** A generated statement. */
    sealed interface Stmt permits Lock, Unlock, Mark, If, Ret {
    }

    record Lock(int lock) implements Stmt {
    }

    record Unlock(int lock) implements Stmt {
    }

    record Mark(int id) implements Stmt {
    }

    record If(int cond, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
    }

    record Ret() implements Stmt {
    }

    /** Generator state of one function. */
    static final class Gen {
        final Random r;
        int marks;
        int conds;

        Gen(Random r) {
            this.r = r;
        }

        List<Stmt> block(int depth, boolean branching) {
            List<Stmt> out = new ArrayList<>();
            int n = 1 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                int k = r.nextInt(branching && depth < 3 ? 10 : 8);
                if (k < 3) {
                    out.add(new Lock(r.nextInt(3)));
                } else if (k < 6) {
                    out.add(new Unlock(r.nextInt(3)));
                } else if (k < 8) {
                    if (marks < 30) {
                        out.add(new Mark(marks++));
                    }
                } else if (k == 8 && depth > 0 && r.nextInt(4) == 0) {
                    out.add(new Ret());
                    break;
                } else {
                    out.add(new If(conds++, block(depth + 1, true), r.nextBoolean() ? block(depth + 1, true) : List.of()));
                }
            }
            if (marks < 30) {
                out.add(new Mark(marks++));
            }
            return out;
        }
    }

    /** A statement range to wrap in a redundant lock/unlock of {@code r}: a block and [from, to] in it. */
    record Wrap(List<Stmt> block, int from, int to) {
    }

    static void render(List<Stmt> block, String indent, Wrap wrap, StringBuilder s) {
        for (int i = 0; i < block.size(); i++) {
            Stmt st = block.get(i);
            s.append(indent);
            if (wrap != null && wrap.block() == block && wrap.from() == i) {
                s.append("spin_lock(&r); ");
            }
            String close = wrap != null && wrap.block() == block && wrap.to() == i ? " spin_unlock(&r);" : "";
            if (st instanceof Lock l) {
                s.append("spin_lock(&l").append(l.lock()).append(");").append(close).append('\n');
            } else if (st instanceof Unlock u) {
                s.append("spin_unlock(&l").append(u.lock()).append(");").append(close).append('\n');
            } else if (st instanceof Mark m) {
                s.append("m").append(m.id()).append(" = 1;").append(close).append('\n');
            } else if (st instanceof Ret) {
                s.append("return;").append(close).append('\n');
            } else if (st instanceof If f) {
                // x & k: conditions the analysis cannot correlate (x > k would give x a value range, making
                // some syntactic paths infeasible and the brute-force union over all paths too wide)
                s.append("if (x & ").append(f.cond() + 1).append(") {\n");
                render(f.then(), indent + "    ", wrap, s);
                if (f.otherwise().isEmpty()) {
                    s.append(indent).append('}').append(close).append('\n');
                } else {
                    s.append(indent).append("} else {\n");
                    render(f.otherwise(), indent + "    ", wrap, s);
                    s.append(indent).append('}').append(close).append('\n');
                }
            }
        }
    }

    static boolean hasReturn(List<Stmt> block) {
        for (Stmt st : block) {
            if (st instanceof Ret || st instanceof If f && (hasReturn(f.then()) || hasReturn(f.otherwise()))) {
                return true;
            }
        }
        return false;
    }

    static void blocks(List<Stmt> block, List<List<Stmt>> out) {
        out.add(block);
        for (Stmt st : block) {
            if (st instanceof If f) {
                blocks(f.then(), out);
                blocks(f.otherwise(), out);
            }
        }
    }

    /** One generated file: FUNCTIONS functions, each straight-line (even index) or branching (odd). */
    record Program0(List<List<Stmt>> bodies) {
        String source(Wrap wrap) {
            StringBuilder s = new StringBuilder(PRELUDE);
            for (int i = 0; i < bodies.size(); i++) {
                s.append("void f").append(i).append("(int x)\n{\n");
                render(bodies.get(i), "    ", wrap, s);
                s.append("}\n");
            }
            return s.toString();
        }
    }

    static Program0 generate(long seed) {
        Random r = new Random(seed);
        List<List<Stmt>> bodies = new ArrayList<>();
        for (int i = 0; i < FUNCTIONS; i++) {
            Gen g = new Gen(r);
            bodies.add(g.block(0, i % 2 == 1));
        }
        return new Program0(bodies);
    }

    private FactsResult facts(String source, String name) throws Exception {
        Path f = Engine.write(dir, name, source);
        return Engine.facts(List.of(f), Limits.DEFAULT, null, null);
    }

    /** Held sets (display names) at each access target, per function: [must, may]. */
    record Held(Set<String> must, Set<String> may) {
    }

    private static Set<String> names(HeldLockSet s) {
        Set<String> out = new TreeSet<>();
        for (HeldLock h : s) {
            out.add(h.lock().display());
        }
        return out;
    }

    /** The dataflow's held sets before every access, and whether must ⊆ may held at every event. */
    private static Map<String, Map<String, Held>> dataflow(List<TranslationUnitFacts> units, List<String> violations) {
        Program program = new Program(units);
        CallGraph cg = new CallGraph(program);
        SummaryComputer sc = new SummaryComputer(cg);
        Map<FunctionId, FunctionSummary> sums = sc.compute(null);
        LockSetAnalysis analysis = new LockSetAnalysis(new SummaryCallEffects(cg, sums, sc.declared()));
        Map<String, Map<String, Held>> out = new TreeMap<>();
        for (int i = 0; i < FUNCTIONS; i++) {
            FunctionId id = new FunctionId("f" + i, null);
            Map<String, Held> points = new TreeMap<>();
            LockSetListener l = new LockSetListener() {
                void subset(LockState s, String where) {
                    if (!names(s.may()).containsAll(names(s.must()))) {
                        violations.add(id + " " + where + ": must " + names(s.must()) + " not within may "
                                + names(s.may()));
                    }
                }

                @Override
                public void access(FunctionId fn, LockState before, Access access, Step at) {
                    subset(before, access.getTarget());
                    points.merge(access.getTarget(), new Held(names(before.must()), names(before.may())),
                            (a, b) -> new Held(intersect(a.must(), b.must()), union(a.may(), b.may())));
                }

                @Override
                public void acquire(FunctionId fn, LockState before, LockId lock, org.lockaudit.core.facts.LockMode mode,
                        org.lockaudit.core.facts.IrqEffect irq, boolean tryLock, Step at, FunctionId via,
                        List<Step> calleePath) {
                    subset(before, "acquire " + lock.display());
                }

                @Override
                public void release(FunctionId fn, LockState before, LockId lock, org.lockaudit.core.facts.LockMode mode,
                        org.lockaudit.core.facts.IrqEffect irq, Step at, FunctionId via, List<Step> calleePath) {
                    subset(before, "release " + lock.display());
                }
            };
            analysis.run(id, program.function(id), LockState.ENTRY, l);
            out.put(id.name(), points);
        }
        return out;
    }

    static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> r = new TreeSet<>(a);
        r.retainAll(b);
        return r;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> r = new TreeSet<>(a);
        r.addAll(b);
        return r;
    }

    /** Brute force: every entry→exit path of the CFG, the held set along it; must = ∩, may = ∪ per access. */
    private static Map<String, Held> enumerate(Function fn) {
        Map<String, Held> points = new TreeMap<>();
        FunctionId id = new FunctionId(fn.getName(), null);
        int[] paths = {0};
        walk(fn, 0, new TreeSet<>(), new HashSet<>(), points, id, paths);
        return points;
    }

    private static void walk(Function fn, int node, Set<String> held, Set<Integer> onPath, Map<String, Held> points,
            FunctionId id, int[] paths) {
        if (node < 0 || node >= fn.getNodes().size() || !onPath.add(node)) {
            return;
        }
        if (++paths[0] > 200_000) {
            throw new IllegalStateException("too many paths");
        }
        Set<String> h = new TreeSet<>(held);
        CfgNode n = fn.getNodes().get(node);
        for (Event e : n.getEvents()) {
            if (e instanceof Access a) {
                points.merge(a.getTarget(), new Held(new TreeSet<>(h), new TreeSet<>(h)),
                        (x, y) -> new Held(intersect(x.must(), y.must()), union(x.may(), y.may())));
            } else if (e instanceof LockOperation op && op.getLock() != null) {
                String lock = LockId.of(op.getLock(), id).display();
                switch (op.getOp()) {
                    case ACQUIRE -> h.add(lock);
                    case RELEASE -> h.remove(lock);
                    default -> {
                    }
                }
            }
        }
        for (int s : new TreeSet<>(n.getSuccessors())) {
            walk(fn, s, h, onPath, points, id, paths);
        }
        onPath.remove(node);
    }

    @Test
    void mustWithinMayAndEqualToBruteForceOverAllPaths() throws Exception {
        int points = 0, differing = 0;
        for (long seed = 1; seed <= FILES; seed++) {
            Program0 p = generate(seed);
            FactsResult facts = facts(p.source(null), "p" + seed + ".c");
            assertTrue(facts.diagnostics().isEmpty(), "seed " + seed + ": " + facts.diagnostics());
            List<String> violations = new ArrayList<>();
            Map<String, Map<String, Held>> flow = dataflow(facts.units(), violations);
            assertEquals(List.of(), violations, "seed " + seed + ": must-held within may-held");
            for (Function fn : facts.units().get(0).getFunctions()) {
                Map<String, Held> brute = enumerate(fn);
                assertEquals(brute, flow.get(fn.getName()), "seed " + seed + " " + fn.getName()
                        + ": dataflow vs all paths\n" + p.source(null));
                points += brute.size();
                differing += (int) brute.values().stream().filter(h -> !h.must().equals(h.may())).count();
            }
        }
        assertTrue(points > 300, "points compared: " + points);
        assertTrue(differing > 30, "points where must and may differ (branching): " + differing);
    }

    @Test
    void analysisIsDeterministic() throws Exception {
        for (long seed = 100; seed < 100 + FILES / 2; seed++) {
            String src = generate(seed).source(null);
            AnalysisResult a = Analysis.run(facts(src, "d" + seed + "a.c"), null);
            AnalysisResult b = Analysis.run(facts(src, "d" + seed + "a.c"), null);
            assertEquals(a.findings(), b.findings(), "seed " + seed);
            assertEquals(a.summaries().keySet(), b.summaries().keySet());
            assertEquals(a.entryContexts(), b.entryContexts(), "seed " + seed);
        }
    }

    @Test
    void redundantLockPairNeverRemovesAFindingInside() throws Exception {
        int wrapped = 0, findingsInside = 0;
        for (long seed = 200; seed < 200 + FILES; seed++) {
            Program0 p = generate(seed);
            Random r = new Random(seed * 31);
            List<List<Stmt>> candidates = new ArrayList<>();
            for (List<Stmt> body : p.bodies()) {
                blocks(body, candidates);
            }
            List<Stmt> block = candidates.get(r.nextInt(candidates.size()));
            if (block.isEmpty()) {
                continue;
            }
            int from = r.nextInt(block.size()), to = from + r.nextInt(block.size() - from);
            if (hasReturn(block.subList(from, to + 1))) {
                continue;
            }
            Wrap w = new Wrap(block, from, to);
            String plain = p.source(null), withPair = p.source(w);
            assertEquals(plain.lines().count(), withPair.lines().count(), "the pair keeps every line where it was");
            int first = -1, last = -1;
            List<String> a = plain.lines().toList(), b = withPair.lines().toList();
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    first = first < 0 ? i + 1 : first;
                    last = i + 1;
                }
            }
            AnalysisResult before = Analysis.run(facts(plain, "w" + seed + ".c"), null);
            AnalysisResult after = Analysis.run(facts(withPair, "w" + seed + ".c"), null);
            Set<String> afterKeys = new HashSet<>();
            for (Finding f : after.findings()) {
                afterKeys.add(f.kind().id() + "|" + f.line() + "|" + f.function() + "|" + f.locks());
            }
            wrapped++;
            for (Finding f : before.findings()) {
                if (f.line() >= first && f.line() <= last) {
                    findingsInside++;
                    String key = f.kind().id() + "|" + f.line() + "|" + f.function() + "|" + f.locks();
                    assertTrue(afterKeys.contains(key), "seed " + seed + ": " + key + " lost after wrapping lines "
                            + first + ".." + last + "\n" + withPair + "\nafter: " + afterKeys);
                }
            }
        }
        assertTrue(wrapped > FILES / 2, "most programs wrapped: " + wrapped);
        assertTrue(findingsInside > 0, "some findings were inside a wrapped range");
    }
}
