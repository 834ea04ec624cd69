package org.lockaudit.core.dataflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.lockaudit.core.program.LockId;

/**
 * The CPU's interrupt state at one program point, as this function changed it since its entry (an interrupt-safe
 * lock operation or a lock-API interrupt operation such as {@code local_irq_save(flags)}). Immutable.
 * <ul>
 * <li>{@code off}: interrupts are disabled here on every path, by this function.</li>
 * <li>{@code saved}: the flags variables holding an interrupt state this function saved and has not restored since, on
 * some path; each says whether interrupts were already disabled (by this function, on every path) when it was
 * saved.</li>
 * <li>{@code owed}: releases of a lock taken with interrupts saved or disabled that left them disabled (a plain
 * unlock), on some path, not yet undone by a restore or an enable: a return reached with one is an interrupt state
 * never restored.</li>
 * <li>{@code unmatched}: releases that enabled interrupts nothing on the path had disabled (a plain lock released
 * with {@code _irq}), on some path: the function was entered with interrupts disabled (an interrupt handler that
 * enables them around its handler), or the enable is wrong. A path that disables them again before returning
 * (interrupts off, or a debt) leaves them as it found them.</li>
 * </ul>
 * Heuristic and limit: a restore of unknown flags (or of flags saved in a callee) pays every debt and forgets whether
 * interrupts are off; what a callee does to the interrupt state beyond its lock operations is not seen.
 */
public record IrqState(boolean off, Map<String, Boolean> saved, Set<Owed> owed, Set<Owed> unmatched) {
    /** A release at {@code file}:{@code line} that left interrupts disabled by {@code lock}'s acquisition. */
    public record Owed(LockId lock, String file, int line) {
    }

    public static final IrqState ENTRY = new IrqState(false, Map.of(), Set.of(), Set.of());

    /** The flags variable as a key: {@code flags}, {@code (flags)} and {@code ( flags )} are one. */
    public static String key(String flags) {
        if (flags == null) {
            return null;
        }
        String k = flags.replaceAll("\\s+", "");
        while (k.length() > 2 && k.charAt(0) == '(' && k.charAt(k.length() - 1) == ')') {
            k = k.substring(1, k.length() - 1);
        }
        return k.isEmpty() ? null : k;
    }

    /** Interrupts saved into {@code flags} (unknown when null: then only disabled) and disabled. */
    public IrqState save(String flags) {
        String k = key(flags);
        if (k == null) {
            return disable();
        }
        Map<String, Boolean> s = new HashMap<>(saved);
        s.put(k, off);
        return new IrqState(true, Map.copyOf(s), owed, unmatched);
    }

    public IrqState disable() {
        return off ? this : new IrqState(true, saved, owed, unmatched);
    }

    /** Interrupts enabled: every debt paid; the saved states stay (a later restore of one is still right). */
    public IrqState enable() {
        return !off && owed.isEmpty() ? this : new IrqState(false, saved, Set.of(), unmatched);
    }

    /**
     * The state saved in {@code flags} restored: interrupts are off again exactly when they were off at its save; a
     * restore of flags not saved here (unknown, or saved by a callee) leaves it unknown. Every debt is paid.
     */
    public IrqState restore(String flags) {
        String k = key(flags);
        Boolean before = k != null ? saved.get(k) : null;
        Map<String, Boolean> s = saved;
        if (before != null) {
            s = new HashMap<>(saved);
            s.remove(k);
            s = Map.copyOf(s);
        }
        return new IrqState(before != null && before, s, Set.of(), unmatched);
    }

    /** A release that left interrupts disabled by {@code lock}'s acquisition. */
    public IrqState owe(LockId lock, String file, int line) {
        Set<Owed> o = new HashSet<>(owed);
        o.add(new Owed(lock, file, line));
        return new IrqState(off, saved, Set.copyOf(o), unmatched);
    }

    /** Whether something on this path saved or disabled interrupts and has not undone it. */
    public boolean disabledHere() {
        return off || !saved.isEmpty() || !owed.isEmpty();
    }

    /** A release that enabled interrupts nothing on the path had disabled ({@link #disabledHere()} false). */
    public IrqState enableUnmatched(LockId lock, String file, int line) {
        Set<Owed> u = new HashSet<>(unmatched);
        u.add(new Owed(lock, file, line));
        return new IrqState(false, saved, owed, Set.copyOf(u));
    }

    /** Whether {@code flags} (any flags when null) hold a state saved by this function on some path. */
    public boolean savedInto(String flags) {
        String k = key(flags);
        return k == null ? !saved.isEmpty() : saved.containsKey(k);
    }

    /** Whether some state this function saved was saved while interrupts were already off. */
    public boolean savedWhileOff() {
        return saved.containsValue(Boolean.TRUE);
    }

    /** Both paths meet: off when off on both, saved and owed on either (saved-while-off when so on both). */
    public IrqState join(IrqState o) {
        if (equals(o)) {
            return this;
        }
        Map<String, Boolean> s = new HashMap<>(saved);
        o.saved.forEach((k, v) -> s.merge(k, v, (a, b) -> a && b));
        Set<Owed> w = new HashSet<>(owed);
        w.addAll(o.owed);
        Set<Owed> u = new HashSet<>(unmatched);
        u.addAll(o.unmatched);
        return new IrqState(off && o.off, Map.copyOf(s), Set.copyOf(w), Set.copyOf(u));
    }

    @Override
    public String toString() {
        return (off ? "off" : "?") + (saved.isEmpty() ? "" : " saved=" + saved.keySet())
                + (owed.isEmpty() ? "" : " owed=" + owed.size()) + (unmatched.isEmpty() ? "" : " unmatched=" + unmatched.size());
    }
}
