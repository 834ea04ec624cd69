package org.lockaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lockaudit.core.FactsResult;
import org.lockaudit.core.FactsStats;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.LockRef;
import org.lockaudit.core.facts.OpsBinding;
import org.lockaudit.core.facts.TranslationUnitFacts;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Renders a {@link FactsResult} as compiler-style text lines or as JSON (docs/facts-json.md). */
public final class FactsFormat {
    public static final int JSON_VERSION = 1;

    private final Path cwd = Path.of("").toAbsolutePath();

    /** A path as shown: relative to the working directory when below it. */
    public String show(String path) {
        if (path == null) {
            return "?";
        }
        try {
            Path p = Path.of(path);
            return p.isAbsolute() && p.startsWith(cwd) ? cwd.relativize(p).toString() : path;
        } catch (RuntimeException e) {
            return path;
        }
    }

    /** Canonical lock id: {@code _pcidevs_lock}, {@code file.c#static_lock}, {@code domain.pdevs_lock}. */
    public static String lockId(LockRef r) {
        if (r == null) {
            return "?";
        }
        String name = r.getName() != null ? r.getName() : r.getExpression();
        return switch (r.getKind()) {
            case GLOBAL -> r.getFileScope() != null ? Path.of(r.getFileScope()).getFileName() + "#" + name : name;
            case MEMBER -> (r.getOwnerType() != null ? r.getOwnerType() : "?") + "." + name;
            case LOCAL -> "local:" + name;
            case PARAMETER -> "param:" + name;
            default -> r.getExpression() != null ? r.getExpression() : String.valueOf(name);
        };
    }

    static String word(Enum<?> e) {
        return e.name().toLowerCase().replace('_', '-');
    }

    /** Ops-table bindings of the whole result: field → target functions. */
    static Map<String, List<String>> bindings(FactsResult r) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (TranslationUnitFacts tu : r.units()) {
            for (OpsBinding b : tu.getOpsBindings()) {
                List<String> l = m.computeIfAbsent(b.getField(), k -> new ArrayList<>());
                if (!l.contains(b.getTarget())) {
                    l.add(b.getTarget());
                }
            }
        }
        m.values().forEach(l -> l.sort(null));
        return m;
    }

    private static String line(String file, int line, String rest) {
        return file + ":" + line + ": " + rest;
    }

    /** One line per fact and per diagnostic, sorted by file, line, text. */
    public List<String> text(FactsResult r) {
        record Line(String file, int line, String text) {
        }
        Map<String, List<String>> ops = bindings(r);
        List<Line> lines = new ArrayList<>();
        for (TranslationUnitFacts tu : r.units()) {
            for (Function fn : tu.getFunctions()) {
                String fnFile = show(fn.getFile());
                if (fn.isProblem()) {
                    lines.add(new Line(fnFile, fn.getStartLine(), fn.getName() + ": body not fully parsed"));
                }
                for (CfgNode n : fn.getNodes()) {
                    for (Event e : n.getEvents()) {
                        String file = e.getFile() != null ? show(e.getFile()) : fnFile;
                        String what = describe(e, ops);
                        if (what != null) {
                            lines.add(new Line(file, e.getLine(), fn.getName() + ": " + what));
                        }
                    }
                }
            }
        }
        for (Diagnostic d : r.diagnostics()) {
            lines.add(new Line(show(d.getFile()), d.getLine(), "diagnostic: " + word(d.getKind()) + ": "
                    + d.getMessage()));
        }
        lines.sort(Comparator.comparing(Line::file).thenComparingInt(Line::line).thenComparing(Line::text));
        List<String> out = new ArrayList<>();
        String last = null;
        for (Line l : lines) {
            String s = line(l.file, l.line, l.text);
            if (!s.equals(last)) {
                out.add(s);
            }
            last = s;
        }
        return out;
    }

    private static String describe(Event e, Map<String, List<String>> ops) {
        if (e instanceof LockOperation op) {
            List<String> q = new ArrayList<>();
            if (op.getMode() != null && op.getMode() != LockMode.EXCLUSIVE) {
                q.add(word(op.getMode()));
            }
            if (op.getIrq() != null && op.getIrq() != IrqEffect.NONE) {
                q.add("irq " + word(op.getIrq()));
            }
            return word(op.getOp()) + " " + lockId(op.getLock()) + (q.isEmpty() ? "" : " (" + String.join(", ", q)
                    + ")");
        }
        if (e instanceof org.lockaudit.core.facts.IrqOperation io) {
            return "irq " + word(io.getIrq()) + (io.getFlags() != null ? " " + io.getFlags() : "")
                    + (io.getApi() != null ? " (" + io.getApi() + ")" : "");
        }
        if (e instanceof Access a) {
            return word(a.getKind()) + " " + a.getTarget();
        }
        if (e instanceof Call c) {
            if (c.getCallee() != null) {
                return "call " + c.getCallee() + (c.isNoReturn() ? " (noreturn)" : "");
            }
            if (c.getViaField() != null) {
                return "call via " + c.getViaField() + " -> " + ops.getOrDefault(c.getViaField(), List.of());
            }
            return "call (indirect)";
        }
        return null;
    }

    public static JsonObject stats(FactsStats s) {
        JsonObject o = new JsonObject();
        o.addProperty("units", s.units());
        o.addProperty("functions", s.functions());
        o.addProperty("cleanFunctions", s.cleanFunctions());
        o.addProperty("problemFunctions", s.problemFunctions());
        o.addProperty("unresolvedIncludes", s.unresolvedIncludes());
        o.addProperty("preprocessorErrors", s.preprocessorErrors());
        o.addProperty("fallbackBindings", s.fallbackBindings());
        o.addProperty("parsed", s.parsed());
        o.addProperty("cached", s.cached());
        o.addProperty("cacheDiscarded", s.cacheDiscarded());
        o.addProperty("failedUnits", s.failedUnits());
        o.addProperty("parseMillis", s.parseMillis());
        o.addProperty("extractMillis", s.extractMillis());
        o.addProperty("blankBodies", s.blankBodies());
        o.addProperty("reparsedUnits", s.reparsedUnits());
        return o;
    }

    public static List<String> statsText(FactsStats s) {
        double pct = s.functions() == 0 ? 100.0 : 100.0 * s.cleanFunctions() / s.functions();
        return List.of(
                String.format("units:               %d (%d parsed, %d from cache, %d failed)", s.units(), s.parsed(),
                        s.cached(), s.failedUnits()),
                String.format("functions:           %d (%d clean = %.1f%%, %d with problems)", s.functions(),
                        s.cleanFunctions(), pct, s.problemFunctions()),
                String.format("unresolved includes: %d", s.unresolvedIncludes()),
                String.format("preprocessor errors: %d", s.preprocessorErrors()),
                String.format("fallback bindings:   %d", s.fallbackBindings()),
                String.format("cache discarded:     %d", s.cacheDiscarded()),
                String.format("blank header bodies: %d (%d units parsed again, their missed bodies whole)", s.blankBodies(),
                        s.reparsedUnits()),
                String.format("time:                parse %d ms, extract %d ms", s.parseMillis(), s.extractMillis()));
    }

    public JsonArray diagnostics(FactsResult r) {
        JsonArray a = new JsonArray();
        for (Diagnostic d : r.diagnostics()) {
            JsonObject o = new JsonObject();
            o.addProperty("kind", word(d.getKind()));
            o.addProperty("file", show(d.getFile()));
            o.addProperty("line", d.getLine());
            o.addProperty("message", d.getMessage());
            a.add(o);
        }
        return a;
    }

    /** The whole document: version, units, functions, diagnostics, stats. */
    public JsonObject json(FactsResult r, boolean statsOnly) {
        JsonObject root = new JsonObject();
        root.addProperty("version", JSON_VERSION);
        if (!statsOnly) {
            Map<String, List<String>> ops = bindings(r);
            JsonArray units = new JsonArray();
            JsonArray fns = new JsonArray();
            for (TranslationUnitFacts tu : r.units()) {
                JsonObject u = new JsonObject();
                u.addProperty("path", show(tu.getPath()));
                u.addProperty("functions", tu.getFunctions().size());
                u.addProperty("includes", tu.getIncludes().size());
                units.add(u);
                for (Function fn : tu.getFunctions()) {
                    fns.add(function(fn, ops));
                }
            }
            root.add("units", units);
            root.add("functions", fns);
        }
        root.add("diagnostics", diagnostics(r));
        root.add("stats", stats(r.stats()));
        root.add("skipped", org.lockaudit.core.report.SkippedUnit.json(org.lockaudit.core.report.SkippedUnit.of(r),
                org.lockaudit.core.report.ReportPaths.workingDirectory()));
        return root;
    }

    private JsonObject function(Function fn, Map<String, List<String>> ops) {
        JsonObject o = new JsonObject();
        o.addProperty("name", fn.getName());
        o.addProperty("file", show(fn.getFile()));
        o.addProperty("line", fn.getStartLine());
        o.addProperty("endLine", fn.getEndLine());
        o.addProperty("static", fn.isStatic());
        o.addProperty("problem", fn.isProblem());
        JsonArray lockOps = new JsonArray();
        JsonArray accesses = new JsonArray();
        JsonArray calls = new JsonArray();
        for (CfgNode n : fn.getNodes()) {
            for (Event e : n.getEvents()) {
                JsonObject j = new JsonObject();
                if (e instanceof LockOperation op) {
                    j.addProperty("op", word(op.getOp()));
                    j.addProperty("lock", lockId(op.getLock()));
                    j.addProperty("expression", op.getLock() == null ? null : op.getLock().getExpression());
                    j.addProperty("mode", op.getMode() == null ? "exclusive" : word(op.getMode()));
                    j.addProperty("irq", op.getIrq() == null ? "none" : word(op.getIrq()));
                    j.addProperty("api", op.getApi());
                    lockOps.add(j);
                } else if (e instanceof Access a) {
                    j.addProperty("field", a.getTarget());
                    j.addProperty("kind", word(a.getKind()));
                    j.addProperty("global", a.isGlobal());
                    accesses.add(j);
                } else if (e instanceof Call c) {
                    if (c.getCallee() != null) {
                        j.addProperty("callee", c.getCallee());
                    } else {
                        j.addProperty("viaField", c.getViaField());
                        JsonArray cand = new JsonArray();
                        if (c.getViaField() != null) {
                            ops.getOrDefault(c.getViaField(), List.of()).forEach(cand::add);
                        }
                        j.add("candidates", cand);
                    }
                    if (c.isNoReturn()) {
                        j.addProperty("noReturn", true);
                    }
                    calls.add(j);
                } else {
                    continue;
                }
                j.addProperty("line", e.getLine());
                if (e.getFile() != null) {
                    j.addProperty("file", show(e.getFile()));
                }
            }
        }
        o.add("lockOperations", lockOps);
        o.add("accesses", accesses);
        o.add("calls", calls);
        return o;
    }
}
