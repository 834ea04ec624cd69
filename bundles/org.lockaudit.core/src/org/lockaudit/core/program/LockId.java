package org.lockaudit.core.program;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.lockaudit.core.facts.LockRef;

/**
 * The identity of one lock instance as the analysis sees it: a canonical id (the contract's {@code _pcidevs_lock},
 * {@code file.c#static_lock}, {@code domain.pdevs_lock}) plus, for a member lock, the base expression it is reached
 * through ({@code d} in {@code d->pdevs_lock}), normalised. Two held locks are the same instance when canonical id
 * and base agree; the global lock-order graph compares canonical ids only. Interned: compare with {@code ==} or
 * {@code equals}, both cheap.
 *
 * <p>Heuristic and its limit: bases are compared as text. {@code pdev->lock} and {@code p->lock} inside one function
 * are two instances even when they alias; the same text is one instance even if the variable was reassigned between
 * the two operations.
 */
public final class LockId implements Comparable<LockId> {
    public enum Kind { GLOBAL, MEMBER, LOCAL, PARAMETER, UNKNOWN }

    private static final ConcurrentHashMap<LockId, LockId> INTERNED = new ConcurrentHashMap<>();

    private final Kind kind;
    private final String canonical;
    private final String scope;
    private final String base;
    private final int hash;

    private LockId(Kind kind, String canonical, String scope, String base) {
        this.kind = kind;
        this.canonical = canonical;
        this.scope = scope;
        this.base = base;
        this.hash = Objects.hash(kind, canonical, scope, base);
    }

    public static LockId of(Kind kind, String canonical, String scope, String base) {
        LockId id = new LockId(kind, canonical, scope, base);
        LockId prior = INTERNED.putIfAbsent(id, id);
        return prior != null ? prior : id;
    }

    public static LockId global(String name, String fileScope) {
        return of(Kind.GLOBAL, fileScope != null ? fileName(fileScope) + "#" + name : name, fileScope, null);
    }

    /** The lock local variable {@code variable} of {@code function} names ({@code spin_unlock(lock)}). */
    public static LockId local(FunctionId function, String variable) {
        return of(Kind.LOCAL, function.name() + "." + variable, function.toString(), null);
    }

    /**
     * The lock a function returns a pointer to after taking it through a local
     * ({@code lock = res->sched_lock; spin_lock(lock); return lock;}): in its summary, the caller's result variable.
     */
    public static LockId result(FunctionId function) {
        return of(Kind.PARAMETER, RESULT, function.toString(), null);
    }

    /** The canonical name of {@link #result}. */
    public static final String RESULT = "$result";

        public static LockId member(String ownerType, String field, String base) {
        return of(Kind.MEMBER, ownerType + "." + field, null, normaliseBase(base));
    }

    /** The lock a {@link LockRef} names, inside function {@code function} (for locals and parameters). */
    public static LockId of(LockRef ref, FunctionId function) {
        switch (ref.getKind()) {
            case GLOBAL: {
                LockId g = global(ref.getName(), ref.getFileScope());
                return ref.getBase() == null ? g : of(Kind.GLOBAL, g.canonical, g.scope, ref.getBase());
            }
            case MEMBER:
                return member(ref.getOwnerType() == null ? "?" : ref.getOwnerType(), ref.getName(),
                        repairBase(ref.getBase(), ref.getName()));
            case LOCAL:
                return local(function, ref.getName());
            case PARAMETER:
                return of(Kind.PARAMETER, ref.getName(), function.toString(), null);
            default:
                String text = ref.getExpression() != null ? ref.getExpression() : String.valueOf(ref.getName());
                return of(Kind.UNKNOWN, normaliseBase(lockArgument(text)), function.toString(), null);
        }
    }

    /**
     * A base recorded as a whole lock-macro invocation ({@code spin_lock_irqsave(&iommu->register_lock, flags)},
     * when the front end read the lock from the invocation text) is cut down to the base of its first argument
     * ({@code iommu}); any other base is returned as it is.
     */
    static String repairBase(String base, String field) {
        if (base == null) {
            return null;
        }
        if (base.indexOf('(') < 0) {
            return base; // perf: most bases are plain expressions, no invocation
        }
        String s = base.strip();
        java.util.regex.Matcher m = INVOCATION.matcher(s);
        if (!m.matches()) {
            return base;
        }
        String first = normaliseBase(firstArgument(m.group(1)));
        if (field != null) {
            for (String sep : new String[] {"->", "."}) {
                if (first.endsWith(sep + field)) {
                    return first.substring(0, first.length() - sep.length() - field.length());
                }
            }
        }
        return base;
    }

    /**
     * An unknown lock recorded as the whole lock-macro invocation ({@code spin_lock_irqsave(&per_cpu(t_lock, i), f)}
     * and {@code spin_unlock_irqrestore(&per_cpu(t_lock, i), f)}) is its first argument when that is an address
     * ({@code per_cpu(t_lock,i)}): the acquisition and the release then name one lock.
     */
    public static String lockArgument(String text) {
        if (text == null || text.indexOf('(') < 0) {
            return text;
        }
        java.util.regex.Matcher m = INVOCATION.matcher(text.strip());
        if (!m.matches()) {
            return text;
        }
        String first = firstArgument(m.group(1)).strip();
        return first.startsWith("&") ? first : text;
    }

    /** The first top-level argument of an invocation's argument text ({@code &a->l} of {@code &a->l, f(x, y)}). */
    private static String firstArgument(String args) {
        int depth = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return args.substring(0, i);
            }
        }
        return args;
    }

    private static final java.util.regex.Pattern INVOCATION = java.util.regex.Pattern
            .compile("^[A-Za-z_]\\w*\\s*\\((.*)\\)$", java.util.regex.Pattern.DOTALL);

    /** Strips blanks, outer parentheses and a leading {@code &}: {@code &(pdev)} and {@code pdev} are one base. */
    public static String normaliseBase(String text) {
        if (text == null) {
            return null;
        }
        String s = withoutBlanks(text);
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            if (s.startsWith("&")) {
                s = s.substring(1);
                changed = true;
            }
            if (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
                s = s.substring(1, s.length() - 1);
                changed = true;
            }
        }
        return s;
    }

    /** {@code text} without its whitespace ({@code \\s}: space, tab, newline, vertical tab, form feed, return). */
    public static String withoutBlanks(String text) {
        int n = text.length(), i = 0;
        while (i < n && !blank(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!blank(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** How a file-scope static's file is named in ids: its file name ({@code pci.c}). */
    public static String fileLabel(String path) {
        return fileName(path);
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** The presets' pseudo-lock of RCU's read side ({@code rcu_read_lock()}). */
    public static final String RCU = "rcu";

    /**
     * RCU's read side: it never waits for anyone and never keeps a writer out, so it closes no deadlock cycle and
     * guards no data (a writer serialises with other writers by a real lock; readers only see a consistent version).
     */
    public boolean rcuReadSide() {
        return kind == Kind.GLOBAL && scope == null && RCU.equals(canonical);
    }

    public LockId withBase(String newBase) {
        return of(kind, canonical, scope, normaliseBase(newBase));
    }

    /** The variable a local or parameter lock is named by ({@code lock} for {@code fn.lock}); null for any other. */
    public String variable() {
        return switch (kind) {
            case LOCAL -> canonical.substring(canonical.indexOf('.') + 1);
            case PARAMETER -> canonical;
            default -> null;
        };
    }

    public Kind kind() {
        return kind;
    }

    /** {@code _pcidevs_lock}, {@code pci.c#_pcidevs_lock}, {@code iommu.register_lock}. */
    public String canonical() {
        return canonical;
    }

    /** The defining file of a static global, the function of a local or parameter lock; else null. */
    public String scope() {
        return scope;
    }

    public String base() {
        return base;
    }

    /** True for a lock whose base instance is unknown to the caller (a callee-local base). */
    public boolean unknownInstance() {
        return base != null && base.startsWith("?");
    }

    /**
     * Whether the binder could name this lock: not an unknown expression, not an instance the caller cannot name
     * ({@code ?callee:base}), not a member of a struct whose type was not resolved ({@code ?.lock}). An unbound lock
     * is tracked (it is still released and held) but never produces a finding on its own, never merges two structs
     * and never orders locks.
     */
    public boolean bound() {
        return !unknownInstance() && !canonical.startsWith("?");
    }

    /**
     * The lock's class in the lock-order graph (lockdep's view): its canonical id, but for a file-scope static the
     * defining file's whole path, so two files named alike ({@code arch/irq.c}, {@code common/irq.c}) never share
     * a class.
     */
    public String orderClass() {
        return kind == Kind.GLOBAL && scope != null ? scope + "#" + canonical.substring(canonical.indexOf('#') + 1)
                : canonical;
    }

    /** Whether the lock may take part in the global lock-order graph. */
    public boolean orderable() {
        return (kind == Kind.GLOBAL || kind == Kind.MEMBER) && !canonical.startsWith("?");
    }

    /** The user-facing name: {@code _pcidevs_lock}, {@code iommu.register_lock (iommu)}. */
    public String display() {
        String name = kind == Kind.GLOBAL && scope != null ? canonical.substring(canonical.indexOf('#') + 1) : canonical;
        if (kind == Kind.GLOBAL && base != null) {
            return name + (unknownInstance() ? base.substring(1) : base);
        }
        return base != null && !unknownInstance() ? name + " (" + base + ")" : name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LockId l && hash == l.hash && kind == l.kind && canonical.equals(l.canonical)
                && Objects.equals(scope, l.scope) && Objects.equals(base, l.base);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(LockId o) {
        int c = canonical.compareTo(o.canonical);
        if (c == 0) {
            c = String.valueOf(base).compareTo(String.valueOf(o.base));
        }
        if (c == 0) {
            c = String.valueOf(scope).compareTo(String.valueOf(o.scope));
        }
        return c != 0 ? c : kind.compareTo(o.kind);
    }

    @Override
    public String toString() {
        return display();
    }
}
