package org.lockaudit.core.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lockaudit.core.dataflow.HeldLock;
import org.lockaudit.core.dataflow.LockState;
import org.lockaudit.core.dataflow.Step;
import org.lockaudit.core.facts.GlobalVariable;
import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;

/**
 * {@code lock-order-inversion} against a declared order: a global lock declared {@code ACQUIRED_BEFORE(b)}
 * ({@code acquired_before}) must not be taken while {@code b} is held, one declared {@code ACQUIRED_AFTER(a)}
 * ({@code acquired_after}) must not be held when {@code a} is taken (Clang's documented semantics). Read from the
 * global's declaration line as written. Reported at the acquisition that breaks the order, with its path; no
 * opposite edge needs to be observed. Try-locks cannot block and are skipped.
 */
public final class DeclaredOrderChecker implements Checker {
    private static final Pattern ORDER = Pattern.compile("(?i)\\b(acquired_before|acquired_after)\\s*\\(([^()]*)\\)");

    private final FindingSink sink;
    /** Lock name -> the locks that must be taken after it (never held when it is taken). */
    private final Map<String, Set<String>> before = new HashMap<>();

    public DeclaredOrderChecker(FindingSink sink, Map<String, Set<String>> declaredOrder) {
        this.sink = sink;
        this.before.putAll(declaredOrder);
    }

    /** The declared order of the units' global locks: lock name -> the locks that must be taken after it. */
    public static Map<String, Set<String>> declaredOrder(List<TranslationUnitFacts> units, SourceLines sources) {
        Map<String, Set<String>> before = new HashMap<>();
        for (TranslationUnitFacts u : units) {
            PER_UNIT.of(u, x -> declaredIn(x, sources)).forEach((lock, after) -> before.computeIfAbsent(lock, k -> new HashSet<>()).addAll(after));
        }
        return before;
    }

    /**
     * Each unit's declared order, read once per facts object (perf: an incremental update reads the edited unit's
     * globals only): the union over the units is the whole program's, as each pair is a set member. Read at the first
     * look at the unit's facts (the lines they were extracted from).
     */
    private static final org.lockaudit.core.program.PerUnit<Map<String, Set<String>>> PER_UNIT =
            new org.lockaudit.core.program.PerUnit<>();

    private static Map<String, Set<String>> declaredIn(TranslationUnitFacts u, SourceLines sources) {
        Map<String, Set<String>> before = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (GlobalVariable g : u.getGlobals()) {
            if (g.getFile() == null || g.getLine() <= 0 || !seen.add(g.getFile() + ":" + g.getLine() + g.getName())) {
                continue;
            }
            String line = sources.line(g.getFile(), g.getLine());
            if (!line.contains(g.getName()) || !line.toLowerCase(java.util.Locale.ROOT).contains("acquired_")) {
                continue;
            }
            Matcher m = ORDER.matcher(line);
            while (m.find()) {
                for (String other : m.group(2).split(",")) {
                    String o = other.trim().replaceAll("^&", "");
                    if (o.isEmpty()) {
                        continue;
                    }
                    if (m.group(1).equalsIgnoreCase("acquired_before")) {
                        before.computeIfAbsent(g.getName(), k -> new HashSet<>()).add(o);
                    } else {
                        before.computeIfAbsent(o, k -> new HashSet<>()).add(g.getName());
                    }
                }
            }
        }
        return before;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.LOCK_ORDER_INVERSION;
    }

    @Override
    public void acquire(FunctionId fn, LockState state, LockId lock, LockMode mode, IrqEffect irq, boolean tryLock,
            Step at, FunctionId via, List<Step> calleePath) {
        if (tryLock || before.isEmpty()) {
            return;
        }
        Set<String> later = before.get(name(lock));
        if (later == null) {
            return;
        }
        for (HeldLock h : state.must()) {
            if (h.entry() == HeldLock.EntryHold.CONTEXT && !h.own() || !later.contains(name(h.lock()))) {
                continue;
            }
            sink.report(new Finding(kind(), at.file(), at.line(), fn.name(),
                    List.of(lock.display(), h.lock().display()),
                    lock.display() + " taken while " + h.lock().display() + " is held, but " + lock.display()
                            + " is declared to be acquired before " + h.lock().display(),
                    List.of(EvidencePath.of("path", Paths.to(state.trail(), at, calleePath))), null));
        }
    }

    /** A global lock's name without its file scope. */
    private static String name(LockId l) {
        String c = l.canonical();
        return c.substring(c.indexOf('#') + 1);
    }
}
