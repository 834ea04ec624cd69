package org.lockaudit.core.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lockaudit.core.dataflow.CallEffect;
import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.HeldLockSet;
import org.lockaudit.core.dataflow.LockChange;
import org.lockaudit.core.dataflow.LockSetListener;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.inference.AccessContext;
import org.lockaudit.core.inference.ContextualAnalysis;
import org.lockaudit.core.inference.FieldPaths;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * Observes the contextual runs for one lock and records its critical sections: where it is taken (directly, or by a
 * call whose net effect acquires it: a wrapper), the span up to its releases, and the calls and accesses made while
 * it is held. Heuristic and limit: an event belongs to the section whose acquisition the held lock's witness path
 * names; where paths from two acquisitions join, the events after the join go to one of them.
 */
public final class SectionCollector implements ContextualAnalysis.RunListener {
    /** Raw data of one section. */
    static final class Raw {
        final FunctionId function;
        final String file;
        int start;
        int end;
        String how;
        final TreeSet<String> callees = new TreeSet<>();
        final TreeSet<String> fields = new TreeSet<>();

        Raw(FunctionId function, String file, int start, String how) {
            this.function = function;
            this.file = file;
            this.start = start;
            this.end = start;
            this.how = how;
        }
    }

    private final String lockName;
    private final Map<String, Raw> sections = new TreeMap<>();
    /** Per function: line -> fields accessed there with the lock held on every path (whichever section). */
    private final Map<FunctionId, Map<Integer, java.util.Set<String>>> fieldsAt = new TreeMap<>();
    /** Per function: line -> callees called there with the lock held on every path. */
    private final Map<FunctionId, Map<Integer, java.util.Set<String>>> calleesAt = new TreeMap<>();
    /** Per function: lines where the lock is released (directly or through a call). */
    private final Map<FunctionId, java.util.Set<Integer>> releaseLines = new TreeMap<>();
    private final Map<FunctionId, int[]> heldOnEntry = new TreeMap<>();

    /** {@code lockName}: the lock's own name as guard candidates show it ({@code _pcidevs_lock}, {@code pci_dev.lock}). */
    private java.util.Set<String> staticsInSeveralFiles = java.util.Set.of();

    /** Names file-scope statics defined in several files as the guard inference does ({@code a.c#count}). */
    public SectionCollector qualifying(java.util.Set<String> statics) {
        this.staticsInSeveralFiles = statics;
        return this;
    }

    public SectionCollector(String lockName) {
        this.lockName = lockName;
    }

    Map<String, Raw> sections() {
        return sections;
    }

    Map<Integer, java.util.Set<String>> fieldsAt(FunctionId f) {
        return fieldsAt.getOrDefault(f, Map.of());
    }

    Map<Integer, java.util.Set<String>> calleesAt(FunctionId f) {
        return calleesAt.getOrDefault(f, Map.of());
    }

    java.util.Set<Integer> releaseLines(FunctionId f) {
        return releaseLines.getOrDefault(f, java.util.Set.of());
    }

    private static void note(Map<FunctionId, Map<Integer, java.util.Set<String>>> m, FunctionId f, int line,
            String what) {
        m.computeIfAbsent(f, k -> new TreeMap<>()).computeIfAbsent(line, k -> new TreeSet<>()).add(what);
    }

    /** Per function: {contexts analysed, contexts holding the lock on entry}. */
    Map<FunctionId, int[]> heldOnEntry() {
        return heldOnEntry;
    }

    boolean isTarget(LockId l) {
        String n = l.kind() == LockId.Kind.GLOBAL ? l.display().replaceAll(" \\(.*\\)$", "") : l.canonical();
        return n.equals(lockName);
    }

    private HeldLock held(HeldLockSet set) {
        for (HeldLock h : set) {
            if (isTarget(h.lock())) {
                return h;
            }
        }
        return null;
    }

    @Override
    public LockSetListener listenerFor(FunctionId f, Function fn, AccessContext context, HeldLockSet entry) {
        int[] counts = heldOnEntry.computeIfAbsent(f, k -> new int[2]);
        counts[0]++;
        if (held(entry) != null) {
            counts[1]++;
        }
        return new LockSetListener() {
            private Raw section(LockState before, boolean mustOnly) {
                HeldLock h = held(mustOnly ? before.must() : before.may());
                if (h == null) {
                    return null;
                }
                if (h.own() && h.acquiredAt().last() != null) {
                    Step s = h.acquiredAt().last();
                    return sections.get(f + "|" + s.file() + "|" + s.line());
                }
                String key = f + "|entry";
                return sections.computeIfAbsent(key, k -> new Raw(f, fn.getFile(), fn.getStartLine(),
                        h.entry() == HeldLock.EntryHold.ASSERTED ? "asserted held on entry" : "held by every caller"));
            }

            private void open(Step at, String how, LockState before) {
                if (held(before.may()) != null) {
                    return;
                }
                sections.putIfAbsent(f + "|" + at.file() + "|" + at.line(), new Raw(f, at.file(), at.line(), how));
            }

            @Override
            public void acquire(FunctionId id, LockState before, LockId lock, LockMode mode, IrqEffect irq,
                    boolean tryLock, Step at, FunctionId via, List<Step> calleePath) {
                if (via == null && isTarget(lock)) {
                    open(at, "taken here", before);
                }
            }

            @Override
            public void call(FunctionId id, LockState before, Call call, List<CallEffect> effects, Step at) {
                for (CallEffect e : effects) {
                    for (LockChange c : e.any()) {
                        if ((c.kind() == LockChange.Kind.ACQUIRE || c.kind() == LockChange.Kind.MAY_ACQUIRE)
                                && isTarget(c.lock())) {
                            open(at, "taken through " + e.callee().name() + "()", before);
                        }
                    }
                }
                Raw r = section(before, false);
                if (r != null) {
                    r.end = Math.max(r.end, at.line());
                    String name = call.getCallee() != null ? call.getCallee() : call.getViaField();
                    boolean releases = effects.stream().anyMatch(e -> e.any().stream()
                            .anyMatch(c -> c.kind() == LockChange.Kind.RELEASE && isTarget(c.lock())));
                    if (name != null && !releases && held(before.must()) != null) {
                        r.callees.add(name);
                    }
                }
                String callee = call.getCallee() != null ? call.getCallee() : call.getViaField();
                if (effects.stream().anyMatch(e -> e.any().stream()
                        .anyMatch(c -> c.kind() == LockChange.Kind.RELEASE && isTarget(c.lock())))) {
                    releaseLines.computeIfAbsent(f, k -> new TreeSet<>()).add(at.line());
                } else if (callee != null && held(before.must()) != null) {
                    note(calleesAt, f, at.line(), callee);
                }
            }

            @Override
            public void access(FunctionId id, LockState before, Access access, Step at) {
                Raw r = section(before, true);
                if (r != null) {
                    r.end = Math.max(r.end, access.getLine());
                    r.fields.add(FieldPaths.of(access, staticsInSeveralFiles));
                }
                if (held(before.must()) != null) {
                    note(fieldsAt, f, access.getLine(), FieldPaths.of(access, staticsInSeveralFiles));
                }
            }

            @Override
            public void release(FunctionId id, LockState before, LockId lock, LockMode mode, IrqEffect irq, Step at,
                    FunctionId via, List<Step> calleePath) {
                if (isTarget(lock)) {
                    if (via == null) {
                        releaseLines.computeIfAbsent(f, k -> new TreeSet<>()).add(at.line());
                    }
                    Raw r = section(before, false);
                    if (r != null) {
                        r.end = Math.max(r.end, at.line());
                    }
                }
            }
        };
    }
}
