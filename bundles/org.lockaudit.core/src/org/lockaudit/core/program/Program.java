package org.lockaudit.core.program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.lockaudit.core.facts.DeclaredLockEffect;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.GlobalVariable;
import org.lockaudit.core.facts.OpsBinding;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * Every translation unit's facts linked into one program: functions by {@link FunctionId} (file-static aware),
 * ops-table bindings by field, declared lock effects by function name, globals by name. A function defined in
 * several units (the same source listed twice) keeps its first definition.
 */
public final class Program {
    private final List<TranslationUnitFacts> units;
    private final Map<FunctionId, Function> functions = new TreeMap<>();
    /** The same as {@link #functions}, hashed: lookups are the hottest operation of the analysis (perf). */
    private final Map<FunctionId, Function> byId = new HashMap<>();
    private final Map<String, List<FunctionId>> opsTargets = new TreeMap<>();
    private final Set<FunctionId> opsBound = new LinkedHashSet<>();
    private final Map<String, List<DeclaredLockEffect>> declaredEffects = new HashMap<>();
    private final Map<String, List<GlobalVariable>> globals = new HashMap<>();
    /** Per unit's facts object, the locks it makes recursive ({@link RecursiveLocks#declaredIn}). */
    private final Map<TranslationUnitFacts, Set<String>> recursiveByUnit = new java.util.IdentityHashMap<>();
    /** Their union: the program's recursive locks. */
    private final Set<String> recursiveLocks = new java.util.HashSet<>();

    public Program(List<TranslationUnitFacts> units) {
        this(units, null, Map.of());
    }

    /**
     * The program of {@code units} where only the units that are keys of {@code replaced} (old facts → new facts)
     * differ from {@code previous}'s, and define the same functions in the same order and the same globals and ops
     * bindings (AnalysisSession checks it):
     * the function tables are copied and the replaced units' definitions swapped in, instead of linking every
     * function of every unit again. The other tables are rebuilt (they are small).
     */
    public Program(List<TranslationUnitFacts> units, Program previous,
            Map<TranslationUnitFacts, TranslationUnitFacts> replaced) {
        this.units = List.copyOf(units);
        this.generation = GENERATIONS.incrementAndGet();
        this.basedOn = previous == null ? 0 : previous.generation;
        // recursive locks: each unit's contribution is read once per facts object (kept from previous); when their
        // union is previous's, only the units previous did not have are rewritten (the others already were, and
        // the rewrite is idempotent). Limit, as with a full rewrite: a lock that stops being recursive stays so in
        // the units rewritten before.
        List<TranslationUnitFacts> fresh = new ArrayList<>();
        for (TranslationUnitFacts u : this.units) {
            Set<String> r = previous == null ? null : previous.recursiveByUnit.get(u);
            if (r == null) {
                r = RecursiveLocks.declaredIn(u);
                fresh.add(u);
            }
            recursiveByUnit.put(u, r);
            recursiveLocks.addAll(r);
        }
        RecursiveLocks.apply(previous != null && recursiveLocks.equals(previous.recursiveLocks) ? fresh : this.units,
                recursiveLocks);
        if (previous != null) {
            byId.putAll(previous.byId);
            functions.putAll(previous.functions);
            for (Map.Entry<TranslationUnitFacts, TranslationUnitFacts> r : replaced.entrySet()) {
                for (Function fn : r.getValue().getFunctions()) {
                    FunctionId id = idOf(fn);
                    Function was = byId.get(id);
                    if (was != null && was.eContainer() == r.getKey()) { // the old unit defined it first
                        byId.put(id, fn);
                        functions.put(id, fn);
                        swapped.add(id);
                    }
                }
            }
        }
        for (TranslationUnitFacts tu : units) {
            for (Function fn : previous != null ? List.<Function>of() : tu.getFunctions()) {
                byId.putIfAbsent(idOf(fn), fn);
            }
            for (GlobalVariable g : tu.getGlobals()) {
                globals.computeIfAbsent(g.getName(), k -> new ArrayList<>()).add(g);
            }
            for (DeclaredLockEffect e : tu.getDeclaredLockEffects()) {
                declaredEffects.computeIfAbsent(e.getFunction(), k -> new ArrayList<>()).add(e);
            }
        }
        if (previous == null) {
            functions.putAll(byId);
        } else {
            // the same globals (AnalysisSession checks it): the statics several files define are previous's
            synchronized (previous) {
                staticsInSeveralFiles = previous.staticsInSeveralFiles;
            }
        }
        for (TranslationUnitFacts tu : units) {
            for (OpsBinding b : tu.getOpsBindings()) {
                FunctionId target = resolve(b.getTarget(), b.getFile() != null ? b.getFile() : tu.getPath());
                if (target != null) {
                    List<FunctionId> list = opsTargets.computeIfAbsent(b.getField(), k -> new ArrayList<>());
                    if (!list.contains(target)) {
                        list.add(target);
                        Collections.sort(list);
                    }
                    opsBound.add(target);
                }
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong GENERATIONS = new java.util.concurrent.atomic.AtomicLong();
    /** This program's number, unique in the JVM; {@link #basedOn}: its previous program's, 0 when linked afresh. */
    private final long generation;
    private final long basedOn;
    /** The functions whose definitions differ from the previous program's (none when linked afresh). */
    private final Set<FunctionId> swapped = new java.util.HashSet<>();

    /** This program's number, unique in the JVM (for tables kept from one program to the next). */
    public long generation() {
        return generation;
    }

    /**
     * The {@link #generation} of the program this one was made from by swapping in the definitions of replaced
     * units (same function identities, globals and bindings), or 0 when it was linked afresh.
     */
    public long basedOn() {
        return basedOn;
    }

    /** The functions whose definitions are not those of the program {@link #basedOn} (empty when linked afresh). */
    public Set<FunctionId> swapped() {
        return Collections.unmodifiableSet(swapped);
    }

    public static FunctionId idOf(Function fn) {
        return new FunctionId(fn.getName(), fn.isStatic() ? fn.getFile() : null);
    }

    public List<TranslationUnitFacts> units() {
        return units;
    }

    /** Every defined function, sorted by id. */
    public Map<FunctionId, Function> functions() {
        return Collections.unmodifiableMap(functions);
    }

    public Function function(FunctionId id) {
        return byId.get(id);
    }

    /**
     * The definition a call by name from {@code fromFile} reaches: a static function of that file first, then the
     * external one. Null when the program has no body (library call, lock primitive, inline header function).
     */
    public FunctionId resolve(String name, String fromFile) {
        if (name == null) {
            return null;
        }
        FunctionId local = new FunctionId(name, fromFile);
        if (fromFile != null && byId.containsKey(local)) {
            return local;
        }
        FunctionId external = new FunctionId(name, null);
        if (byId.containsKey(external)) {
            return external;
        }
        return headerStatic(name);
    }

    private Map<String, FunctionId> headerStatics;

    /**
     * A {@code static inline} function defined in a header ({@code pcidevs_lock()} in Xen's pci.h): every unit that
     * includes the header has its own copy, all alike; the one of the lexicographically first header path stands
     * for them. Limit: two headers defining different static functions of one name are not told apart.
     */
    private synchronized FunctionId headerStatic(String name) {
        if (headerStatics == null) {
            Map<String, FunctionId> m = new HashMap<>();
            for (FunctionId f : byId.keySet()) {
                if (f.staticFile() != null && f.staticFile().endsWith(".h")) {
                    m.merge(f.name(), f, (a, b) -> a.staticFile().compareTo(b.staticFile()) <= 0 ? a : b);
                }
            }
            headerStatics = m;
        }
        return headerStatics.get(name);
    }

    /** Every function bound to ops field {@code owner.field} anywhere in the program. */
    public List<FunctionId> opsTargets(String field) {
        return opsTargets.getOrDefault(field, List.of());
    }

    public boolean isOpsTarget(FunctionId id) {
        return opsBound.contains(id);
    }

    public List<DeclaredLockEffect> declaredEffects(String function) {
        return declaredEffects.getOrDefault(function, List.of());
    }

    private java.util.Set<String> staticsInSeveralFiles;

    /** Names of file-scope statics that more than one file defines (as a static or a global). */
    public synchronized java.util.Set<String> staticsInSeveralFiles() {
        if (staticsInSeveralFiles == null) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (Map.Entry<String, List<GlobalVariable>> e : globals.entrySet()) {
                List<GlobalVariable> gs = e.getValue();
                if (gs.stream().anyMatch(GlobalVariable::isStatic)
                        && gs.stream().map(GlobalVariable::getFile).distinct().count() > 1) {
                    out.add(e.getKey());
                }
            }
            staticsInSeveralFiles = java.util.Set.copyOf(out);
        }
        return staticsInSeveralFiles;
    }

    /** A global variable named {@code name} visible from {@code fromFile}, or null. */
    public GlobalVariable global(String name, String fromFile) {
        GlobalVariable external = null;
        for (GlobalVariable g : globals.getOrDefault(name, List.of())) {
            if (g.isStatic() && fromFile != null && fromFile.equals(g.getFile())) {
                return g;
            }
            if (!g.isStatic() && external == null) {
                external = g;
            }
        }
        return external;
    }
}
