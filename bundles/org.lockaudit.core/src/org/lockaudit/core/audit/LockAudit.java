package org.lockaudit.core.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.AccessSite;
import org.lockaudit.core.inference.ContextualAnalysis;
import org.lockaudit.core.inference.FieldGuard;
import org.lockaudit.core.inference.FieldStatus;
import org.lockaudit.core.inference.GuardAnalysis;
import org.lockaudit.core.inference.GuardCandidate;
import org.lockaudit.core.inference.GuardInference;
import org.lockaudit.core.inference.GuardOptions;
import org.lockaudit.core.inference.StaticAccess;
import org.lockaudit.core.program.CallSite;
import org.lockaudit.core.program.FunctionId;

/**
 * Everything one lock does: its critical sections (with how it is held and the callees run under it), the protected
 * set (every field and global accessed while it is held, directly or in callees, and whether it is the sole guard),
 * the sections that touch nothing mutable of the protected set (held for nothing), and what would be left with no
 * lock at all if it disappeared.
 *
 * <p>Heuristics: a section touches a field if it accesses it while the lock is held, or calls (while held) a function
 * that, directly or transitively, accesses it with the lock held in some context. A section reaches what its CFG
 * paths reach up to a release, across loop back-edges ({@link SectionSpan}: a lock released and retaken in every
 * iteration is one logical section), and a section that may return with the lock held goes on in its callers
 * (what their sections taken through it touch counts for it). Init-only, immutable and atomic fields are shown in
 * the protected set but do not count as a reason to hold the lock.
 */
public final class LockAudit {
    /** The audit of one lock. */
    public record Result(String requested, String lock, List<CriticalSection> sections, List<ProtectedField> protectedSet,
            GuardAnalysis.Result guards) {
        public List<CriticalSection> heldForNothing() {
            return sections.stream().filter(CriticalSection::heldForNothing).toList();
        }

        /** Fields with accesses that would hold no lock at all without the audited one. */
        public List<ProtectedField> leftUnprotected() {
            return protectedSet.stream().filter(p -> p.mutable() && !p.bare().isEmpty()).toList();
        }
    }

    private LockAudit() {
    }

    public static Result run(List<TranslationUnitFacts> units, GuardOptions options, String lock, IProgressMonitor monitor) {
        ContextualAnalysis.Engine engine = ContextualAnalysis.Engine.of(units, monitor);
        String resolved = new org.lockaudit.core.inference.LockNames(engine.summaries()).resolve(lock);
        SectionCollector sections = new SectionCollector(resolved).qualifying(engine.program().staticsInSeveralFiles());
        GuardAnalysis.Result guards = GuardAnalysis.run(engine, units, options, sections, null);
        return assemble(lock, resolved, guards, sections);
    }

    static Result assemble(String requested, String lock, GuardAnalysis.Result guards, SectionCollector collector) {
        Map<String, List<AccessSite>> byField = new TreeMap<>();
        for (AccessSite s : guards.sites()) {
            byField.computeIfAbsent(s.field(), k -> new ArrayList<>()).add(s);
        }
        List<ProtectedField> protectedSet = new ArrayList<>();
        Set<String> mutableProtected = new HashSet<>();
        Map<FunctionId, Set<String>> touchedIn = new HashMap<>();
        for (Map.Entry<String, List<AccessSite>> e : byField.entrySet()) {
            List<StaticAccess> all = GuardInference.group(e.getValue());
            List<StaticAccess> under = new ArrayList<>();
            for (StaticAccess a : all) {
                if (!a.first().exempt() && a.contexts().stream().anyMatch(s -> s.holdsLockNamed(lock))) {
                    under.add(a);
                }
            }
            if (under.isEmpty()) {
                continue;
            }
            FieldGuard fg = guards.fields().get(e.getKey());
            boolean mutable = fg != null && (fg.status() == FieldStatus.GUARDED || fg.status() == FieldStatus.UNGUARDED
                    || fg.status() == FieldStatus.LIFETIME_ONLY);
            TreeSet<String> co = null;
            List<StaticAccess> bare = new ArrayList<>();
            for (StaticAccess a : under) {
                for (AccessSite s : a.contexts()) {
                    if (!s.holdsLockNamed(lock)) {
                        continue;
                    }
                    TreeSet<String> others = new TreeSet<>();
                    for (GuardCandidate c : s.must()) {
                        if (!c.named(lock)) {
                            others.add(c.display());
                        }
                    }
                    if (co == null) {
                        co = others;
                    } else {
                        co.retainAll(others);
                    }
                    if (others.isEmpty() && a.needsGuard() && !bare.contains(a)) {
                        bare.add(a);
                    }
                }
                if (mutable && a.needsGuard()) {
                    touchedIn.computeIfAbsent(a.function(), k -> new TreeSet<>()).add(e.getKey());
                }
            }
            List<StaticAccess> without = all.stream()
                    .filter(a -> a.needsGuard() && a.contexts().stream().anyMatch(s -> !s.holdsLockNamed(lock))).toList();
            String role = co == null || co.isEmpty() ? "sole" : "co-guarded";
            String guardText = fg == null ? "?" : fg.guardText();
            protectedSet.add(new ProtectedField(e.getKey(), guardText, mutable, role,
                    co == null ? List.of() : List.copyOf(co), under, without, mutable ? bare : List.of()));
            if (mutable) {
                mutableProtected.add(e.getKey());
            }
        }
        List<SectionCollector.Raw> kept = new ArrayList<>();
        Map<SectionCollector.Raw, TreeSet<String>> touchedBy = new HashMap<>();
        Set<SectionCollector.Raw> handedOn = new HashSet<>();
        for (SectionCollector.Raw r : collector.sections().values()) {
            Function fn = guards.engine().program().function(r.function);
            if (!keep(r, guards, collector)) {
                continue;
            }
            kept.add(r);
            TreeSet<String> touched = new TreeSet<>();
            TreeSet<String> fields = new TreeSet<>(r.fields);
            TreeSet<String> callees = new TreeSet<>(r.callees);
            if (r.how.startsWith("taken")) {
                // what the section reaches on the CFG up to a release, across loop back-edges (SectionSpan)
                SectionSpan span = SectionSpan.of(fn, r.start, collector.releaseLines(r.function));
                for (int line : span.lines()) {
                    fields.addAll(collector.fieldsAt(r.function).getOrDefault(line, Set.of()));
                    callees.addAll(collector.calleesAt(r.function).getOrDefault(line, Set.of()));
                }
                if (span.returnsHolding()) {
                    handedOn.add(r);
                }
            }
            for (String f : fields) {
                if (mutableProtected.contains(f)) {
                    touched.add(f);
                }
            }
            for (String callee : callees) {
                touched.addAll(reachableTouches(guards, r.function, callee, touchedIn));
            }
            touchedBy.put(r, touched);
        }
        // a section that may return with the lock held goes on in its callers: what their sections taken through
        // this function touch counts for it (to a fixpoint, for chains of such functions)
        boolean changed = !handedOn.isEmpty();
        while (changed) {
            changed = false;
            for (SectionCollector.Raw r : handedOn) {
                String through = "taken through " + r.function.name() + "()";
                for (SectionCollector.Raw c : kept) {
                    if (c.how.equals(through) && touchedBy.get(r).addAll(touchedBy.get(c))) {
                        changed = true;
                    }
                }
            }
        }
        List<CriticalSection> sections = new ArrayList<>();
        for (SectionCollector.Raw r : kept) {
            Function fn = guards.engine().program().function(r.function);
            int end = r.how.startsWith("taken") ? r.end : fn != null ? fn.getEndLine() : r.end;
            TreeSet<String> touched = touchedBy.get(r);
            sections.add(new CriticalSection(r.function.name(), r.file, r.start, end, r.how, List.copyOf(r.callees),
                    List.copyOf(r.fields), List.copyOf(touched), r.how.startsWith("taken") && touched.isEmpty()));
        }
        sections.sort(java.util.Comparator.comparing(CriticalSection::file).thenComparingInt(CriticalSection::startLine));
        return new Result(requested, lock, sections, protectedSet, guards);
    }

    /**
     * Drops what is not a critical section: the lock's own wrappers (functions whose net effect takes or releases
     * it), and "held on entry" for a function that only some contexts call with the lock held and that does not
     * assert it (its accesses still count, in the protected set, through those contexts).
     */
    private static boolean keep(SectionCollector.Raw r, GuardAnalysis.Result guards, SectionCollector collector) {
        org.lockaudit.core.summary.FunctionSummary s = guards.engine().summaries().get(r.function);
        if (s != null) {
            for (org.lockaudit.core.dataflow.LockChange c : s.any()) {
                if (collector.isTarget(c.lock()) && (c.kind() == org.lockaudit.core.dataflow.LockChange.Kind.ACQUIRE
                        || c.kind() == org.lockaudit.core.dataflow.LockChange.Kind.RELEASE)) {
                    return false;
                }
            }
        }
        if (r.how.startsWith("taken")) {
            return true;
        }
        if (s != null && s.requires().stream().anyMatch(q -> collector.isTarget(q.lock()))) {
            r.how = "asserted held on entry";
            return true;
        }
        int[] counts = collector.heldOnEntry().getOrDefault(r.function, new int[2]);
        r.how = "held by every caller";
        return counts[0] > 0 && counts[0] == counts[1];
    }

    /** Protected fields accessed under the lock by {@code callee} (called from {@code caller}) or its callees. */
    private static Set<String> reachableTouches(GuardAnalysis.Result guards, FunctionId caller, String callee,
            Map<FunctionId, Set<String>> touchedIn) {
        Set<String> out = new TreeSet<>();
        ArrayDeque<FunctionId> work = new ArrayDeque<>();
        Set<FunctionId> seen = new HashSet<>();
        for (CallSite s : guards.engine().callGraph().callSitesIn(caller)) {
            String name = s.call().getCallee() != null ? s.call().getCallee() : s.call().getViaField();
            if (callee.equals(name)) {
                work.addAll(s.candidates());
            }
        }
        while (!work.isEmpty()) {
            FunctionId f = work.poll();
            if (!seen.add(f)) {
                continue;
            }
            out.addAll(touchedIn.getOrDefault(f, Set.of()));
            for (CallSite s : guards.engine().callGraph().callSitesIn(f)) {
                work.addAll(s.candidates());
            }
        }
        return out;
    }
}
