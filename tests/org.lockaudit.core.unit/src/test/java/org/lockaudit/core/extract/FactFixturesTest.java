package org.lockaudit.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Condition;
import org.lockaudit.core.facts.ConditionKind;
import org.lockaudit.core.facts.DeclaredGuard;
import org.lockaudit.core.facts.DeclaredLockEffect;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.Label;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.OpsBinding;
import org.lockaudit.core.facts.Return;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * The expectation-annotated C fixture suite: every file under {@code fixtures/facts} is extracted and checked both
 * ways against the {@code @...} annotations written on the lines they concern. See fixtures/facts/README.md.
 */
class FactFixturesTest {
    private static final Pattern COMMENT = Pattern.compile("/\\*\\s*(@.*?)\\*/");
    private static final Set<String> LOCK_OPS = Set.of("acquire", "release", "try", "assert-held", "assert-not-held",
            "is-held");

    static Path fixtureDir() {
        String repo = System.getProperty("lockaudit.repo", ".");
        return Path.of(repo, "tests/org.lockaudit.core.unit/src/test/resources/fixtures/facts").toAbsolutePath()
                .normalize();
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        Path dir = fixtureDir();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> check(dir, f)));
    }

    /** One fact of the unit, reduced to what annotations speak of. */
    private record Fact(int line, String kind, String text) {
    }

    private static void check(Path dir, Path file) throws Exception {
        gccCompiles(dir, file);
        TreeConfig config = new TreeConfig.Builder().includePath(dir.resolve("include")).build();
        TranslationUnitFacts tu = FactsAnalysis.run(config, List.of(file), null).units().get(0);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String fileName = file.toString();

        List<Fact> actual = new ArrayList<>();
        for (Function fn : tu.getFunctions()) {
            if (!fn.getFile().equals(fileName)) {
                continue;
            }
            for (CfgNode n : fn.getNodes()) {
                for (Event e : n.getEvents()) {
                    if (e.getFile() == null) {
                        actual.addAll(facts(e));
                    }
                }
            }
        }
        for (OpsBinding b : tu.getOpsBindings()) {
            if (fileName.equals(b.getFile())) {
                actual.add(new Fact(b.getLine(), "binding", b.getField() + " " + b.getTarget()));
            }
        }
        for (DeclaredGuard g : tu.getDeclaredGuards()) {
            if (fileName.equals(g.getFile())) {
                actual.add(new Fact(g.getLine(), "guard", g.getTarget() + " " + g.getLock()));
            }
        }
        for (DeclaredLockEffect d : tu.getDeclaredLockEffects()) {
            if (fileName.equals(d.getFile())) {
                actual.add(new Fact(d.getLine(), "effect", d.getFunction() + " " + opName(d.getOp()) + " "
                        + d.getLock()));
            }
        }

        Set<String> checked = new HashSet<>();
        List<String> errors = new ArrayList<>();
        Set<Fact> used = new HashSet<>();
        Set<Integer> noneLines = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            Matcher m = COMMENT.matcher(lines.get(i));
            while (m.find()) {
                for (String ann : m.group(1).trim().split("\\s+(?=@)")) {
                    String[] w = ann.trim().substring(1).split("\\s+");
                    String kind = w[0];
                    String[] args = Arrays.copyOfRange(w, 1, w.length);
                    switch (kind) {
                        case "check" -> checked.addAll(Arrays.asList(args));
                        case "none" -> noneLines.add(line);
                        case "cfg-paths", "cfg-loops", "cfg-nodes-with-branch", "problem", "no-problem" ->
                            functionCheck(tu, fileName, line, kind, args, errors);
                        case "branch" -> branchCheck(tu, fileName, line, args, errors);
                        case "deadend" -> deadEndCheck(tu, fileName, line, errors);
                        case "return" -> returnCheck(tu, fileName, line, args, errors);
                        case "result" -> resultCheck(tu, fileName, line, args, errors);
                        default -> {
                            String want = expected(kind, args);
                            if (want == null) {
                                errors.add(line + ": unknown annotation @" + kind);
                                break;
                            }
                            String factKind = factKind(kind);
                            Fact hit = null;
                            for (Fact f : actual) {
                                if (f.line == line && f.kind.equals(factKind) && !used.contains(f)
                                        && matches(f.text, want)) {
                                    hit = f;
                                    break;
                                }
                            }
                            if (hit == null) {
                                errors.add(line + ": expected @" + ann.trim() + ", found " + onLine(actual, line));
                            } else {
                                used.add(hit);
                            }
                        }
                    }
                }
            }
        }
        for (Fact f : actual) {
            if (noneLines.contains(f.line)) {
                errors.add(f.line + ": @none, but found " + f.kind + " " + f.text);
            } else if (!used.contains(f) && checked.contains(f.kind)) {
                errors.add(f.line + ": unexpected " + f.kind + " " + f.text + " (file checks " + checked + ")");
            }
        }
        if (!errors.isEmpty()) {
            StringBuilder b = new StringBuilder(String.join("\n", errors)).append("\n\n");
            for (Function fn : tu.getFunctions()) {
                b.append(FactsDump.function(fn));
            }
            b.append("bindings: ");
            tu.getOpsBindings().forEach(o -> b.append(o.getField()).append("=").append(o.getTarget()).append("@")
                    .append(o.getLine()).append(" "));
            b.append("\nguards: ");
            tu.getDeclaredGuards().forEach(g -> b.append(g.getTarget()).append(" by ").append(g.getLock())
                    .append("@").append(g.getLine()).append(" "));
            b.append("\neffects: ");
            tu.getDeclaredLockEffects().forEach(g -> b.append(g.getFunction()).append(" ").append(g.getOp())
                    .append(" ").append(g.getLock()).append("@").append(g.getLine()).append(" "));
            fail(b.toString());
        }
    }

    private static String opName(org.lockaudit.core.facts.LockOpKind op) {
        return switch (op) {
            case ACQUIRE -> "acquire";
            case RELEASE -> "release";
            case TRY_ACQUIRE -> "try";
            case ASSERT_HELD -> "assert-held";
            case ASSERT_NOT_HELD -> "assert-not-held";
            case IS_HELD -> "is-held";
        };
    }

    private static List<Fact> facts(Event e) {
        List<Fact> r = new ArrayList<>();
        if (e instanceof LockOperation op) {
            StringBuilder t = new StringBuilder(opName(op.getOp()) + " " + FactsDump.lockId(op.getLock()));
            t.append(" ").append(op.getMode().getLiteral().toLowerCase());
            t.append(" irq-").append(op.getIrq().getLiteral().toLowerCase());
            t.append(op.isSuccessWhenNonZero() ? " nonzero" : " zero");
            if (op.getResultVariable() != null) {
                t.append(" ->").append(op.getResultVariable());
            }
            if (op.getMacro() != null) {
                t.append(" macro:").append(op.getMacro());
            }
            r.add(new Fact(e.getLine(), "lock", t.toString()));
        } else if (e instanceof Access a) {
            String k = switch (a.getKind()) {
                case READ -> "read";
                case WRITE -> "write";
                case ADDRESS -> "addr";
            };
            r.add(new Fact(e.getLine(), "access", k + " " + a.getTarget() + (a.isGlobal() ? " global" : "")));
        } else if (e instanceof Call c && org.lockaudit.core.lockapi.LockApi.SET_LOCAL.equals(c.getCallee())) {
            // a constant stored in a local (the dataflow's local facts), not a call
        } else if (e instanceof Call c) {
            String t = c.getCallee() != null ? "call " + c.getCallee() : "icall " + c.getViaField();
            if (c.getResultVariable() != null) {
                t += " ->" + c.getResultVariable();
            }
            if (c.isNoReturn()) {
                t += " noreturn";
            }
            r.add(new Fact(e.getLine(), "call", t));
        } else if (e instanceof Label l) {
            r.add(new Fact(e.getLine(), "label", "label " + l.getName()));
        }
        return r;
    }

    private static String factKind(String ann) {
        if (LOCK_OPS.contains(ann)) {
            return "lock";
        }
        return switch (ann) {
            case "read", "write", "addr" -> "access";
            case "call", "icall" -> "call";
            case "binding" -> "binding";
            case "guard" -> "guard";
            case "effect" -> "effect";
            case "label" -> "label";
            default -> null;
        };
    }

    /** The words an actual fact's text must contain (first words in order, the rest anywhere). */
    private static String expected(String kind, String[] args) {
        if (factKind(kind) == null) {
            return null;
        }
        if (kind.equals("binding") || kind.equals("guard") || kind.equals("effect")) {
            return String.join(" ", args);
        }
        List<String> w = new ArrayList<>();
        w.add(kind);
        for (String a : args) {
            switch (a) {
                case "disable", "enable", "save", "restore", "none" -> w.add("irq-" + a);
                default -> w.add(a);
            }
        }
        return String.join(" ", w);
    }

    /** The first two words must equal; every further expected word must appear among the actual words. */
    private static boolean matches(String actual, String want) {
        String[] a = actual.split(" ");
        String[] w = want.split(" ");
        int fixed = Math.min(2, w.length);
        for (int i = 0; i < fixed; i++) {
            if (i >= a.length || !a[i].equals(w[i])) {
                return false;
            }
        }
        Set<String> rest = new LinkedHashSet<>(Arrays.asList(a));
        for (int i = fixed; i < w.length; i++) {
            if (!rest.contains(w[i])) {
                return false;
            }
        }
        return true;
    }

    private static String onLine(List<Fact> actual, int line) {
        List<String> r = new ArrayList<>();
        for (Fact f : actual) {
            if (f.line == line) {
                r.add(f.kind + " " + f.text);
            }
        }
        return r.isEmpty() ? "nothing" : r.toString();
    }

    private static Function functionAt(TranslationUnitFacts tu, String file, int line) {
        for (Function fn : tu.getFunctions()) {
            if (fn.getFile().equals(file) && fn.getStartLine() <= line && line <= fn.getEndLine()) {
                return fn;
            }
        }
        return null;
    }

    private static void functionCheck(TranslationUnitFacts tu, String file, int line, String kind, String[] args,
            List<String> errors) {
        Function fn = functionAt(tu, file, line);
        if (fn == null) {
            errors.add(line + ": @" + kind + " outside any function");
            return;
        }
        switch (kind) {
            case "cfg-paths" -> {
                long paths = CfgPaths.count(fn);
                if (paths != Long.parseLong(args[0])) {
                    errors.add(line + ": " + fn.getName() + " has " + paths + " entry-exit paths, expected " + args[0]);
                }
            }
            case "cfg-loops" -> {
                int loops = CfgPaths.backEdges(fn);
                if (loops != Integer.parseInt(args[0])) {
                    errors.add(line + ": " + fn.getName() + " has " + loops + " back edges, expected " + args[0]);
                }
            }
            case "problem", "no-problem" -> {
                if (fn.isProblem() != kind.equals("problem")) {
                    errors.add(line + ": " + fn.getName() + " problem=" + fn.isProblem());
                }
            }
            default -> errors.add(line + ": unknown @" + kind);
        }
    }

    private static List<CfgNode> nodesWithBranchOn(TranslationUnitFacts tu, String file, int line) {
        List<CfgNode> r = new ArrayList<>();
        Function fn = functionAt(tu, file, line);
        if (fn != null) {
            for (CfgNode n : fn.getNodes()) {
                if (n.getBranch() != null && n.getBranch().getLine() == line) {
                    r.add(n);
                }
            }
        }
        return r;
    }

    /**
     * {@code @branch KIND [negated|positive] [assertion]}: KIND is try, is-held, call (a plain call's result),
     * var:NAME, other.
     */
    private static void branchCheck(TranslationUnitFacts tu, String file, int line, String[] args,
            List<String> errors) {
        List<CfgNode> nodes = nodesWithBranchOn(tu, file, line);
        for (CfgNode n : nodes) {
            Condition c = n.getBranch();
            String kind;
            if (c.getKind() == ConditionKind.CALL_RESULT) {
                Event e = n.getEvents().get(c.getEventIndex());
                kind = e instanceof LockOperation op ? opName(op.getOp()) : "call";
            } else if (c.getKind() == ConditionKind.VARIABLE) {
                kind = "var:" + c.getVariable();
            } else {
                kind = "other";
            }
            boolean ok = kind.equals(args[0]);
            for (int i = 1; i < args.length && ok; i++) {
                ok = switch (args[i]) {
                    case "negated" -> c.isNegated();
                    case "positive" -> !c.isNegated();
                    case "assertion" -> c.isAssertion();
                    case "no-assertion" -> !c.isAssertion();
                    default -> false;
                };
            }
            if (ok) {
                return;
            }
        }
        errors.add(line + ": expected @branch " + String.join(" ", args) + ", branches on line: "
                + nodes.stream().map(n -> n.getBranch().getKind() + (n.getBranch().isNegated() ? " negated" : "")
                        + (n.getBranch().isAssertion() ? " assertion" : "")).toList());
    }

    /** {@code @deadend}: a node with events on this line and no successors (a noreturn call). */
    private static void deadEndCheck(TranslationUnitFacts tu, String file, int line, List<String> errors) {
        Function fn = functionAt(tu, file, line);
        if (fn != null) {
            for (CfgNode n : fn.getNodes()) {
                if (n.getId() != fn.getExitNode() && n.getSuccessors().isEmpty()) {
                    for (Event e : n.getEvents()) {
                        if (e.getLine() == line) {
                            return;
                        }
                    }
                }
                // an assertion branch on this line whose failing side is an empty dead end
                if (n.getBranch() != null && n.getBranch().isAssertion() && n.getBranch().getLine() == line) {
                    return;
                }
            }
        }
        errors.add(line + ": expected a dead end");
    }

    /** {@code @return try|call|is-held [negated]}, {@code @return var NAME}, {@code @return const N}. */
    private static void returnCheck(TranslationUnitFacts tu, String file, int line, String[] args,
            List<String> errors) {
        Function fn = functionAt(tu, file, line);
        if (fn != null) {
            for (CfgNode n : fn.getNodes()) {
                for (Event e : n.getEvents()) {
                    if (e instanceof Return r && e.getLine() == line) {
                        String got;
                        if (r.getResultOf() >= 0) {
                            Event x = n.getEvents().get(r.getResultOf());
                            got = (x instanceof LockOperation op ? opName(op.getOp()) : "call")
                                    + (r.isNegated() ? " negated" : "");
                        } else if (r.getVariable() != null) {
                            got = "var " + r.getVariable();
                        } else if (r.isConstant()) {
                            got = "const " + r.getConstantValue();
                        } else {
                            got = r.getValue() == null ? "void" : "other";
                        }
                        if (got.equals(String.join(" ", args))) {
                            return;
                        }
                        errors.add(line + ": expected @return " + String.join(" ", args) + ", got " + got);
                        return;
                    }
                }
            }
        }
        errors.add(line + ": expected a return");
    }

    /** {@code @result NAME}: the lock operation or call on this line stores its result in local NAME. */
    private static void resultCheck(TranslationUnitFacts tu, String file, int line, String[] args,
            List<String> errors) {
        Function fn = functionAt(tu, file, line);
        if (fn != null) {
            for (CfgNode n : fn.getNodes()) {
                for (Event e : n.getEvents()) {
                    String v = e instanceof LockOperation op ? op.getResultVariable()
                            : e instanceof Call c ? c.getResultVariable() : null;
                    if (e.getLine() == line && args[0].equals(v)) {
                        return;
                    }
                }
            }
        }
        errors.add(line + ": expected a result stored in " + args[0]);
    }

    private static void gccCompiles(Path dir, Path file) throws Exception {
        Path gcc = Stream.of("/usr/bin/gcc", "/usr/local/bin/gcc").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (gcc == null) {
            return;
        }
        Process p = new ProcessBuilder(gcc.toString(), "-std=gnu11", "-fsyntax-only", "-I",
                dir.resolve("include").toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return;
        }
        assertEquals(0, p.exitValue(), "gcc -std=gnu11 -fsyntax-only rejects the fixture:\n" + out);
    }
}
