package org.lockaudit.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lockaudit.core.check.FunctionChecks;
import org.lockaudit.core.check.FindingCollector;
import org.lockaudit.core.check.SourceLines;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.dataflow.FunctionFlow;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.IncludedFile;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.inference.GuardOptions;
import org.lockaudit.core.program.CallGraph;
import org.lockaudit.core.program.CallSite;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.Program;
import org.lockaudit.core.summary.EntryContexts;
import org.lockaudit.core.summary.FunctionSummary;
import org.lockaudit.core.summary.SummaryCallEffects;
import org.lockaudit.core.summary.RequirementInheritance;
import org.lockaudit.core.summary.SummaryComputer;

/**
 * The incremental engine the IDE keeps alive for a tree: after an edit, only what the edit can affect is done
 * again, and the result is the same as a from-scratch {@link FactsAnalysis#run} + {@link Analysis#run} on the
 * tree as it is now.
 *
 * <pre>{@code
 * AnalysisSession s = new AnalysisSession(tree.config(), tree.units(), options);
 * AnalysisResult r = s.update(Set.of(), monitor);          // first call: the whole tree
 * ...the user saves foo.c and bar.h...
 * r = s.update(Set.of(fooC, barH), monitor);              // only what they affect
 * }</pre>
 *
 * <p>{@link #update} with the files that changed since the previous call (units or headers, any path form;
 * files the tree does not use are ignored):
 * <ol>
 * <li>re-extracts the changed units and every unit that included a changed file (their facts are cached as usual
 * when {@code options} name a cache directory), with the previous update's front end while only units changed
 * ({@link FactsAnalysis.Frontend}); a re-extracted function whose facts are equal to its previous ones keeps its
 * previous facts object, so that nothing below redoes it;</li>
 * <li>re-links the program and the call graph from every unit's facts (cheap: facts only, no AST): the previous
 * tables are patched where facts changed, and the call graph's components kept when no changed function calls
 * anything new;</li>
 * <li>summarises again, component by component bottom-up, only the functions whose facts changed (a function's
 * facts object is replaced only when its unit was re-extracted), the components that are new, and the callers of
 * a function whose summary came out different; propagation stops where a new summary equals the old one (with
 * the same components, from the change only, not through every component);</li>
 * <li>re-runs the held-lock dataflow in entry context only for functions whose facts, callee summaries or entry
 * context (locks and witness paths) changed, each observed by fresh checkers; for the others, what the checkers
 * made of their last run is kept ({@link FunctionChecks}: findings, and the lock-order edges, writes and
 * interrupt uses the whole-program checks relate), and the whole-program checks are finished again from every
 * function's part, in the order of a full pass, so that findings and their witnesses are a full run's;</li>
 * <li>infers guards (Engine III) the same way: the contextual runs of a function are redone only when its facts,
 * a callee's summary, its recursive component or its calling contexts changed (the others pass on the contexts they
 * passed last time, in the same order as a full pass), its access sites only when it was run again or its exempt
 * accesses changed, and the guard of a field only when its access sites changed ({@code GuardAnalysis.Memo});</li>
 * <li>fingerprints findings and applies suppressions as {@link Analysis#run} does.</li>
 * </ol>
 * When a re-extracted unit changes what links the program (the functions it defines, globals, ops-table bindings,
 * declared lock effects or guards), the program-wide tables every function consults change, and the update
 * summarises and analyses everything again (still without re-parsing the other units).
 *
 * <p>The set of units is fixed when the session is created (a new file means a new session). Not thread-safe:
 * one update at a time. {@link #lastTimings()} and {@link #lastStats()} tell what the last update did.
 * Memory: facts of every unit, summaries, and per function its entry context and what the checkers made of its run.
 */
public final class AnalysisSession {
    /**
     * What the last {@link #update} did: {@code analysed} functions by the checks' dataflow, {@code inferenceRun}
     * functions whose contextual runs the guard inference redid, {@code fieldsInferred} fields whose guard it
     * inferred again.
     */
    public record Stats(boolean full, int unitsExtracted, int functions, int summarised, int analysed,
            int inferenceRun, int fieldsInferred, long millis) {
    }

    /**
     * What the last {@link #update} took from the whole-program memos instead of computing again: {@code raceSitesRead}
     * access sites the race rule read anew (the others' reading kept), and the parts of the whole-program checkers'
     * finish (a strongly connected set of lock classes, one target's writes) reported from the memo or computed.
     */
    public record Reuse(int raceSitesRead, int finishPartsReused, int finishPartsComputed) {
    }

    private Reuse reuse;

    private final TreeConfig config;
    private final List<Path> units;
    private final FactsAnalysis.Options options;
    private final GuardOptions guardOptions;

    private final Map<Path, TranslationUnitFacts> facts = new LinkedHashMap<>();
    private final Map<Path, String> linkSignatures = new HashMap<>();
    /** Included file (as the facts spell it) → units including it. */
    private final Map<String, Set<Path>> includers = new HashMap<>();
    private final SourceLines sources = new SourceLines();
    private final EntryContexts.Memo memo = new EntryContexts.Memo();
    /**
     * What the checkers made of each function's last run in entry context: valid for the functions {@link #memo}
     * does not analyse again (cleared with it).
     */
    private final Map<FunctionId, FunctionChecks> checks = new HashMap<>();
    private final GuardAnalysis.Memo guardMemo = new GuardAnalysis.Memo();
    /** What the race rule read of each access site by itself (cleared with {@link #guardMemo}). */
    private final org.lockaudit.core.concurrency.RaceDetector.Memo raceMemo =
            new org.lockaudit.core.concurrency.RaceDetector.Memo();
    /** What the whole-program checkers' last finish concluded per part (cleared with {@link #checks}). */
    private final org.lockaudit.core.check.FinishMemo finishMemo = new org.lockaudit.core.check.FinishMemo();
    /**
     * The front end of the last update (parser, header function memo), kept while only units change: a unit
     * re-extracted after an edit is served the header bodies already extracted blank and takes their facts from
     * the memo, as a later unit of one run does (the facts are the same).
     */
    private FactsAnalysis.Frontend frontend;

    private Program program;
    private CallGraph previousGraph;
    /** The functions the previous update inferred never to return ({@link CallGraph#noReturns}). */
    private Set<FunctionId> previousNoReturns = Set.of();
    private Set<List<FunctionId>> components = Set.of();
    private Map<FunctionId, FunctionSummary> summaries = Map.of();
    private FactsStats factsStats;
    private AnalysisResult result;
    private Timings timings = new Timings();
    private Stats stats;

    public AnalysisSession(TreeConfig config, List<Path> units, FactsAnalysis.Options options) {
        this(config, units, options, GuardOptions.defaults());
    }

    /** With Engine III's guard options (as {@link Analysis#run(List, GuardOptions, IProgressMonitor)}). */
    public AnalysisSession(TreeConfig config, List<Path> units, FactsAnalysis.Options options,
            GuardOptions guardOptions) {
        this.guardOptions = guardOptions == null ? GuardOptions.defaults() : guardOptions;
        this.config = config;
        List<Path> abs = new ArrayList<>();
        for (Path u : units) {
            abs.add(u.toAbsolutePath().normalize());
        }
        this.units = List.copyOf(new LinkedHashSet<>(abs));
        this.options = options == null ? FactsAnalysis.Options.defaults() : options;
    }

    /**
     * Brings the result up to date with {@code changedFiles} (the first call analyses the whole tree whatever it
     * is given) and returns it. Cancellation through {@code monitor} leaves the session as before the call.
     */
    public AnalysisResult update(Set<Path> changedFiles, IProgressMonitor monitor) {
        List<Runnable> undo = new ArrayList<>();
        try {
            return update(changedFiles, monitor, undo);
        } catch (RuntimeException | Error e) {
            // the previous units' facts get back the function objects the update moved (keepUnchanged)
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            throw e;
        }
    }

    private AnalysisResult update(Set<Path> changedFiles, IProgressMonitor monitor, List<Runnable> undo) {
        long start = System.nanoTime();
        Timings t = new Timings();
        SubMonitor sub = SubMonitor.convert(monitor, "Updating lock analysis", 11);
        boolean first = result == null;
        if (first) {
            changedFiles = Set.of();
        }
        List<Path> redo = first ? units : affected(changedFiles);
        if (first || frontend == null || !unitsOnly(changedFiles)) {
            // a header changed (or a file the session cannot place): what the front end learnt of the headers no
            // longer holds
            frontend = new FactsAnalysis.Frontend(config);
        }

        FactsResult extracted;
        try (var p = t.phase("facts")) {
            extracted = FactsAnalysis.run(config, redo, options, frontend, sub.split(6));
        } catch (RuntimeException e) {
            frontend = null; // a cancelled unit may have left its parser half-way: start afresh next time
            throw e;
        }
        // nothing below is cancelled half-way into the session's state: compute first, then commit
        Map<Path, TranslationUnitFacts> nextFacts = new LinkedHashMap<>(facts);
        boolean relink = first;
        Map<Path, String> nextSignatures = new HashMap<>();
        for (int i = 0; i < redo.size(); i++) {
            TranslationUnitFacts tu = extracted.units().get(i);
            nextFacts.put(redo.get(i), tu);
            String sig = linkSignature(tu);
            nextSignatures.put(redo.get(i), sig);
            relink |= !sig.equals(linkSignatures.get(redo.get(i)));
        }
        if (!relink) {
            for (Path u : redo) {
                keepUnchanged(facts.get(u), nextFacts.get(u), undo);
            }
        }
        List<TranslationUnitFacts> all = new ArrayList<>();
        for (Path u : units) {
            all.add(nextFacts.get(u));
        }

        Program nextProgram;
        CallGraph callGraph;
        try (var p = t.phase("program")) {
            Map<TranslationUnitFacts, TranslationUnitFacts> replaced = new HashMap<>();
            if (!relink) {
                for (Path u : redo) {
                    replaced.put(facts.get(u), nextFacts.get(u));
                }
            }
            nextProgram = relink ? new Program(all) : new Program(all, program, replaced);
            callGraph = new CallGraph(nextProgram, relink ? null : previousGraph);
        }
        // the functions whose facts object changed: all of them after a relink, else those the re-extracted units
        // define first (Program keeps the first definition)
        Set<FunctionId> dirty = new HashSet<>();
        if (relink || program == null) {
            dirty.addAll(nextProgram.functions().keySet());
        } else {
            for (Path u : redo) {
                for (Function fn : nextFacts.get(u).getFunctions()) {
                    FunctionId id = Program.idOf(fn);
                    if (nextProgram.function(id) == fn && program.function(id) != fn) {
                        dirty.add(id);
                    }
                }
            }
        }

        // a function that starts or stops being inferred noreturn changes its callers' paths (a dead end at the
        // call, or none) even when its own summary stays the same: its callers are summarised and analysed again
        Set<FunctionId> noReturnsNow = Set.copyOf(callGraph.noReturns().inferred());
        if (!relink && program != null) {
            Set<FunctionId> flipped = new HashSet<>(noReturnsNow);
            flipped.addAll(previousNoReturns);
            Set<FunctionId> both = new HashSet<>(noReturnsNow);
            both.retainAll(previousNoReturns);
            flipped.removeAll(both);
            for (FunctionId f : flipped) {
                for (CallSite s : callGraph.callersOf(f)) {
                    if (nextProgram.function(s.caller()) != null) {
                        dirty.add(s.caller());
                    }
                }
            }
        }

        SummaryComputer computer = new SummaryComputer(callGraph);
        Map<FunctionId, FunctionSummary> nextSummaries;
        Set<FunctionId> changedSummaries;
        int summarised;
        try (var p = t.phase("summaries")) {
            if (relink) {
                nextSummaries = computer.compute(sub.split(1));
                changedSummaries = nextSummaries.keySet();
                summarised = nextSummaries.size();
            } else {
                boolean sameComponents = callGraph.bottomUpComponents() == previousGraph.bottomUpComponents();
                changedSummaries = computer.computeIncremental(sub.split(1), summaries, dirty, components,
                        sameComponents, AnalysisSession::sameSummary);
                nextSummaries = computer.summaries();
                summarised = computer.recomputed();
            }
        }

        FindingCollector collector = new FindingCollector();
        SummaryCallEffects effects = new SummaryCallEffects(callGraph, nextSummaries, computer.declared());
        EntryContexts.Result contexts;
        boolean full = relink;
        Set<FunctionId> affectedCallers = new HashSet<>();
        java.util.function.Predicate<FunctionId> mustAnalyse = f -> full || dirty.contains(f)
                || affectedCallers.contains(f);
        try (var p = t.phase("checks")) {
            if (full) {
                memo.clear(); // nothing remembered is valid when the program's tables changed
                guardMemo.clear();
                raceMemo.clear(); // the program's globals may differ
                checks.clear();
                finishMemo.clear();
            }
            if (!full) {
                // the callers of a function whose facts or summary changed: their runs see its new summary
                for (Set<FunctionId> callees : List.of(dirty, changedSummaries)) {
                    for (FunctionId c : callees) {
                        for (CallSite s : callGraph.callersOf(c)) {
                            affectedCallers.add(s.caller());
                        }
                    }
                }
                // the callees of a changed function whose component gained or lost its only callers from outside:
                // whether its members pass a callee's requirement on or violate it changed (RequirementInheritance)
                for (FunctionId d : dirty) {
                    for (CallGraph g : List.of(previousGraph, callGraph)) {
                        for (CallSite s : g.callSitesIn(d)) {
                            for (FunctionId c : s.candidates()) {
                                if (RequirementInheritance.calledFromOutside(previousGraph, c)
                                        != RequirementInheritance.calledFromOutside(callGraph, c)) {
                                    Integer k = callGraph.componentIndex().get(c);
                                    affectedCallers.addAll(k == null ? List.of(c) : callGraph.bottomUpComponents().get(k));
                                }
                            }
                        }
                    }
                }
            }
            if (!full) {
                // the entry-context pass visits these and what their changed runs reach, not every function
                memo.changedOnly(mustAnalyseSet(dirty, affectedCallers));
            }
            // the checkers observe the functions analysed again, one fresh set per function; the others' findings
            // and whole-program contributions are those of their last run (FunctionChecks)
            Program linked = nextProgram;
            CallGraph graph = callGraph;
            Map<FunctionId, FunctionChecks.Recorder> recorders = new HashMap<>();
            contexts = EntryContexts.compute(callGraph, effects, f -> {
                FunctionChecks.Recorder recorder = new FunctionChecks.Recorder(sink -> Analysis.checkers(sink, linked, graph));
                recorders.put(f, recorder);
                return recorder.listener();
            }, sub.split(2), memo, mustAnalyse);
            recorders.forEach((f, recorder) -> checks.put(f, recorder.done()));
            List<FunctionChecks> inPassOrder = new ArrayList<>(nextProgram.functions().size());
            List<List<FunctionId>> components = callGraph.bottomUpComponents();
            for (int i = components.size() - 1; i >= 0; i--) { // EntryContexts' order: callers first
                for (FunctionId f : components.get(i)) {
                    inPassOrder.add(checks.get(f));
                }
            }
            // the whole-program checkers' finish reuses what it concluded for parts whose records are the same
            List<org.lockaudit.core.check.Checker> finishing = Analysis.checkers(collector, nextProgram, callGraph);
            finishMemo.attach(finishing);
            FunctionChecks.report(inPassOrder, finishing, collector);
        } catch (RuntimeException e) {
            // cancelled (or failed) half-way: what the memo recorded may belong to this update's program; forget it
            // all, so the next update analyses every function again
            memo.clear();
            checks.clear();
            finishMemo.clear();
            throw e;
        }
        for (Path changed : changedFiles) {
            sources.forget(changed.toAbsolutePath().normalize().toString());
            sources.forget(changed.toString());
        }
        // Engine III's guard inference: contextual runs again only for the functions the checks analysed again or
        // whose calling contexts changed; guards again only for the fields whose accesses changed
        GuardAnalysis.Result guards;
        AnalysisResult r;
        try {
            try (var p = t.phase("inference")) {
                if (!full) {
                    // the functions mustAnalyse names, whose facts objects changed among them: the contextual pass
                    // visits these and what their changed runs reach, not every function
                    guardMemo.changedOnly(mustAnalyseSet(dirty, affectedCallers));
                }
                guards = Analysis.inference(nextProgram, callGraph, nextSummaries, effects, all, guardOptions,
                        collector, guardMemo, raceMemo, mustAnalyse, sub.split(1));
            }
            try (var p = t.phase("findings")) {
                r = Analysis.result(all, collector, nextSummaries, contexts.contexts(), sources, guards);
            }
        } catch (RuntimeException e) {
            // the guard memo may describe this update's program, which is not committed: forget it
            guardMemo.clear();
            raceMemo.clear();
            throw e;
        }

        // commit
        facts.clear();
        facts.putAll(nextFacts);
        linkSignatures.putAll(nextSignatures);
        for (int i = 0; i < redo.size(); i++) {
            index(redo.get(i), extracted.units().get(i));
        }
        program = nextProgram;
        if (previousGraph == null || callGraph.bottomUpComponents() != previousGraph.bottomUpComponents()) {
            components = new HashSet<>(callGraph.bottomUpComponents()); // else the same components (CallGraph)
        }
        previousGraph = callGraph;
        previousNoReturns = noReturnsNow;
        summaries = nextSummaries;
        factsStats = extracted.stats();
        result = r;
        timings = t;
        reuse = new Reuse(raceMemo.read(), finishMemo.reused(), finishMemo.computed());
        stats = new Stats(full, redo.size(), nextProgram.functions().size(), summarised, memo.analysed(),
                guardMemo.functionsRun(), guardMemo.fieldsInferred(), (System.nanoTime() - start) / 1_000_000);
        return r;
    }

    /**
     * The functions {@code mustAnalyse} names in an incremental update (those whose facts object changed, and the
     * callers of a function whose facts or summary changed), for the passes that visit only what can differ.
     */
    private static Set<FunctionId> mustAnalyseSet(Set<FunctionId> dirty, Set<FunctionId> affectedCallers) {
        Set<FunctionId> out = new HashSet<>(dirty);
        out.addAll(affectedCallers);
        return out;
    }

    /** The result of the last update, or null before the first. */
    public AnalysisResult result() {
        return result;
    }

    /** Every unit's current facts, in unit order. */
    public List<TranslationUnitFacts> facts() {
        return List.copyOf(facts.values());
    }

    /** Extraction statistics of the last update (the units it re-extracted). */
    public FactsStats lastFactsStats() {
        return factsStats;
    }

    /** Wall time per phase of the last update. */
    public Timings lastTimings() {
        return timings;
    }

    public Stats lastStats() {
        return stats;
    }

    /** What the last update reused of the whole-program memos (null before the first). */
    public Reuse lastReuse() {
        return reuse;
    }

    public List<Path> units() {
        return units;
    }

    /**
     * Puts the previous function objects back in a re-extracted unit's facts where the function came out equal
     * ({@link EcoreUtil#equals}: every attribute, event and node the same, lines included). Everything the session
     * remembers per function (summaries, entry contexts, the checkers' parts, Engine III's runs and access sites)
     * is keyed by the facts object, so a function the edit did not change is then not summarised, analysed or run
     * again: an update costs what the edit changed, not what its unit defines (an edit of one function in a unit
     * of 120 functions, header inline functions included, re-analysed all 120). Functions after an edit that adds
     * or removes lines differ by their lines and are analysed again (their findings move). Same function
     * identities in the same order only (the link signature is unchanged); the previous unit loses the moved
     * objects (EMF containment), so {@code undo} gets what restores it if the update fails.
     */
    private static void keepUnchanged(TranslationUnitFacts was, TranslationUnitFacts now, List<Runnable> undo) {
        if (was == null || was == now || was.getFunctions().size() != now.getFunctions().size()) {
            return;
        }
        List<Function> before = new ArrayList<>(was.getFunctions());
        boolean moved = false;
        for (int i = 0; i < before.size(); i++) {
            Function old = before.get(i), fresh = now.getFunctions().get(i);
            if (old.getStartLine() == fresh.getStartLine() && old.getEndLine() == fresh.getEndLine()
                    && old.getNodes().size() == fresh.getNodes().size() && EcoreUtil.equals(old, fresh)) {
                // leaves was's list (containment); setUnique skips set's uniqueness check, a scan of the whole
                // list per function (old is in was's list, not in now's)
                ((org.eclipse.emf.ecore.util.InternalEList<Function>) now.getFunctions()).setUnique(i, old);
                moved = true;
            }
        }
        if (moved) {
            undo.add(() -> org.eclipse.emf.common.util.ECollections.setEList(was.getFunctions(), before));
        }
    }

    /** Whether every changed file is a unit of the session that no unit includes (a source file, not a header). */
    private boolean unitsOnly(Set<Path> changedFiles) {
        for (Path p : changedFiles) {
            Path abs = p.toAbsolutePath().normalize();
            if (!facts.containsKey(abs) || !includers.getOrDefault(abs.toString(), Set.of()).isEmpty()
                    || !includers.getOrDefault(p.toString(), Set.of()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The units to re-extract: changed units, and units that included a changed file. In unit order. */
    private List<Path> affected(Set<Path> changedFiles) {
        Set<Path> hit = new HashSet<>();
        for (Path p : changedFiles) {
            Path abs = p.toAbsolutePath().normalize();
            if (facts.containsKey(abs)) {
                hit.add(abs);
            }
            hit.addAll(includers.getOrDefault(abs.toString(), Set.of()));
            hit.addAll(includers.getOrDefault(p.toString(), Set.of()));
        }
        List<Path> out = new ArrayList<>();
        for (Path u : units) {
            if (hit.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    private void index(Path unit, TranslationUnitFacts tu) {
        for (Set<Path> s : includers.values()) {
            s.remove(unit);
        }
        for (IncludedFile f : tu.getIncludes()) {
            includers.computeIfAbsent(f.getPath(), k -> new HashSet<>()).add(unit);
            includers.computeIfAbsent(Path.of(f.getPath()).toAbsolutePath().normalize().toString(),
                    k -> new HashSet<>()).add(unit);
        }
    }

    /**
     * What a unit contributes to the program's tables, which every function's analysis consults: its functions'
     * identities (in order: the first definition of a header function wins), globals, ops-table bindings,
     * declared lock effects and guards. Lines of globals and bindings are left out: nothing reads them.
     */
    static String linkSignature(TranslationUnitFacts tu) {
        StringBuilder b = new StringBuilder();
        for (Function f : tu.getFunctions()) {
            b.append("F ").append(Program.idOf(f)).append('\n');
        }
        append(b, "G", tu.getGlobals(), "line");
        append(b, "O", tu.getOpsBindings(), "line");
        append(b, "E", tu.getDeclaredLockEffects(), null);
        append(b, "D", tu.getDeclaredGuards(), null);
        return b.toString();
    }

    private static void append(StringBuilder b, String tag, List<? extends EObject> objects, String skip) {
        for (EObject o : objects) {
            b.append(tag);
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (!a.getName().equals(skip)) {
                    b.append(' ').append(a.getName()).append('=').append(o.eGet(a));
                }
            }
            b.append('\n');
        }
    }

    /**
     * Summaries equal in content: records compare by value, except the accesses, which refer to facts objects
     * (compared by content here, so an unchanged function of a re-extracted unit stops the propagation).
     */
    static boolean sameSummary(FunctionSummary a, FunctionSummary b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (!(a.function().equals(b.function()) && a.parameters().equals(b.parameters())
                && a.onZero().equals(b.onZero()) && a.onNonZero().equals(b.onNonZero()) && a.any().equals(b.any())
                && a.requires().equals(b.requires()) && Objects.equals(a.predicateOf(), b.predicateOf())
                && a.predicateNegated() == b.predicateNegated() && a.insideAcquires().equals(b.insideAcquires())
                && a.accesses().size() == b.accesses().size())) {
            return false;
        }
        for (int i = 0; i < a.accesses().size(); i++) {
            FunctionFlow.AccessRecord x = a.accesses().get(i), y = b.accesses().get(i);
            if (!x.at().equals(y.at()) || !x.held().equals(y.held())
                    || x.access() != y.access() && !EcoreUtil.equals(x.access(), y.access())) {
                return false;
            }
        }
        return true;
    }
}
