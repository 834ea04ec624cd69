package org.lockaudit.core.lockapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lockaudit.core.facts.IrqEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The lock API as data: which functions and macros acquire, release, try, assert or query which lock, which
 * calls never return, and which calls or macros are assertions. Built from JSON presets (resources beside this
 * class, see docs/lock-api.md) plus configured additions. Immutable.
 */
public final class LockApi {
    /** Presets applied by {@link #defaults()}, in order (later entries override earlier ones of the same name). */
    public static final List<String> PRESETS = List.of("xen", "linux", "posix");
    /** Presets a tree may add by name ({@code --preset}, {@code "presets"} in lockaudit.json) beyond the defaults. */
    public static final List<String> OPTIONAL_PRESETS = List.of("xen-hypercalls");
    /** Always applied first: compiler builtins and the analysis overrides' pseudo-functions. */
    private static final String CORE = "core";
    /**
     * The pseudo-local a hard-IRQ predicate's test ({@code in_irq()}, {@link #isHardIrqPredicate}) sets in the path
     * facts: true only on paths that run in a hard interrupt handler.
     */
    public static final String HARD_IRQ = "$hardirq";

    /**
     * The pseudo-function a constant assignment to a local is recorded as by the extractor: a {@code Call} with
     * the constant as its argument and the local as its result variable ({@code locked = 1;}). Only for locals written
     * by nothing but constants and call results (a local also written by {@code n++}, {@code n = x} or {@code &n} is
     * not recorded: those writes have no event).
     */
    public static final String SET_LOCAL = "__lockaudit_set";

    private final Map<String, LockApiEntry> operations;
    /** Functions and macros that change the CPU's interrupt state without a lock ({@code local_irq_save}). */
    private final Map<String, IrqApiEntry> interrupts;

    /**
     * One function or macro that changes the interrupt state and takes no lock: {@code local_irq_save(flags)}
     * (SAVE into its argument {@code flagsArgument}, or into the variable its result is assigned to when that is -1,
     * as {@code flags = arch_local_irq_save()}), {@code local_irq_restore(flags)}, {@code local_irq_disable()},
     * {@code local_irq_enable()}.
     */
    public record IrqApiEntry(String name, IrqEffect irq, int flagsArgument, String preset) {
    }
    private final Set<String> noReturn;
    /** Assertion name -> true when the assertion fails when its argument is non-zero (BUG_ON), false (ASSERT). */
    private final Map<String, Boolean> assertions;

    /** Scope-based guard class ({@code guard(spinlock)}) -> {acquire entry name, release entry name}. */
    private final Map<String, List<String>> guards;
    /** Calls that start a concurrent context: name -> the argument indices naming the entry function. */
    private final Map<String, ThreadEntry> spawns;
    /** Calls after which a context started by this thread no longer runs ({@code pthread_join}). */
    private final Set<String> joins;
    /** Functions true only in a hard interrupt handler ({@code in_irq()}): false in every other entry's context. */
    private final Set<String> hardIrqPredicates;
    /** Calls that end the calling thread ({@code pthread_exit}, {@code thrd_exit}). */
    private final Set<String> threadExits;

    /** Functions that are concurrent entry points by themselves, whoever calls them ({@link EntryPoint}). */
    private final List<EntryPoint> entries;

    /**
     * A call that makes its function argument run concurrently: {@code kind} thread (a thread or kthread: it
     * may be joined), work, tasklet, softirq, timer, irq; {@code routines} the argument indices naming functions;
     * {@code multi} when the function may run in several instances at once whatever the number of sites (a
     * softirq handler runs on every CPU); {@code deferred} when the call only registers the function, which runs
     * when something raises or arms it later ({@code open_softirq}, {@code init_timer}): the registering code does
     * not enter a concurrent phase by it (boot code registers handlers long before they can run).
     */
    public record ThreadEntry(String name, List<Integer> routines, String kind, boolean multi, boolean deferred) {
    }

    /** Whether a call to {@code name} starts a concurrent context from that point on (a non-deferred entry). */
    public boolean starts(String name) {
        ThreadEntry t = spawn(name);
        return t != null && !t.deferred();
    }

    /**
     * Functions that run concurrently with everything else because something outside the analysed C calls them: a
     * hypercall handler ({@code do_domctl}), a system call, a trap. Matched by exact {@code names}, by a regular
     * expression over the whole function name ({@code pattern}), or as the functions stored in an ops-table field
     * ({@code field}, {@code "hypercall_table_t.handler"}: every initialiser or assignment of that field). Such an
     * entry runs on every CPU at once ({@code multi}, the default) unless it says {@code "multi": false}.
     */
    public record EntryPoint(List<String> names, java.util.regex.Pattern pattern, String field, String kind,
            boolean multi) {
        public EntryPoint {
            names = List.copyOf(names);
        }

        /** Whether the function named {@code function} is this entry by name or pattern (fields are the program's). */
        public boolean matches(String function) {
            return function != null && (names.contains(function)
                    || (pattern != null && pattern.matcher(function).matches()));
        }
    }

    private LockApi(Builder b) {
        this.operations = Collections.unmodifiableMap(b.operations);
        this.interrupts = Collections.unmodifiableMap(b.interrupts);
        this.noReturn = Collections.unmodifiableSet(b.noReturn);
        this.assertions = Collections.unmodifiableMap(b.assertions);
        this.guards = Collections.unmodifiableMap(b.guards);
        this.spawns = Collections.unmodifiableMap(b.spawns);
        this.joins = Collections.unmodifiableSet(b.joins);
        this.hardIrqPredicates = Collections.unmodifiableSet(b.hardIrqPredicates);
        this.threadExits = Collections.unmodifiableSet(b.threadExits);
        this.entries = List.copyOf(b.entries);
    }

    /** The configured entry points (presets' and additions' {@code "entries"}), in order. */
    public List<EntryPoint> entries() {
        return entries;
    }

    /** The {acquire, release} lock-API entries of a scope-based guard class, or null. */
    public LockApiEntry[] guard(String guardClass) {
        List<String> g = guardClass == null ? null : guards.get(guardClass);
        if (g == null) {
            return null;
        }
        LockApiEntry a = operations.get(g.get(0));
        LockApiEntry r = operations.get(g.get(1));
        return a == null || r == null ? null : new LockApiEntry[] {a, r};
    }

    /** The entry of a call that starts a concurrent context, or null. */
    public ThreadEntry spawn(String name) {
        return name == null ? null : spawns.get(name);
    }

    public Map<String, ThreadEntry> spawns() {
        return spawns;
    }

    public boolean isJoin(String name) {
        return name != null && joins.contains(name);
    }

    /**
     * Whether {@code name} tells that the code runs in a hard interrupt handler ({@code in_irq()},
     * {@code in_hardirq()}): a path that needs it true is reached only from an interrupt entry.
     */
    public boolean isHardIrqPredicate(String name) {
        return name != null && hardIrqPredicates.contains(name);
    }

    public boolean isThreadExit(String name) {
        return name != null && threadExits.contains(name);
    }

    /** Every preset. */
    public static LockApi defaults() {
        LockApi d = defaults;
        if (d == null) {
            defaults = d = of(PRESETS, List.of());
        }
        return d;
    }

    /**
     * The default API, built once (it is immutable): the checkers ask for it once per analysed function, and
     * reading the presets each time was a measurable part of an incremental update (perf).
     */
    private static volatile LockApi defaults;

    /**
     * The given presets plus additions (each a JSON object in the preset entry format, or an object with
     * {@code noreturn} / {@code assertions} arrays).
     *
     * @throws IllegalArgumentException for an unknown preset or a malformed entry, naming it
     */
    public static LockApi of(List<String> presets, List<JsonObject> additions) {
        Builder b = new Builder();
        b.addPreset(CORE);
        for (String p : presets) {
            b.addPreset(p);
        }
        for (JsonObject o : additions) {
            b.addObject(o, "config");
        }
        return new LockApi(b);
    }

    /** The entry of a function or macro name, or null. */
    public LockApiEntry lookup(String name) {
        return name == null ? null : operations.get(name);
    }

    /** The interrupt-state entry of a function or macro name, or null. */
    public IrqApiEntry interrupt(String name) {
        return name == null ? null : interrupts.get(name);
    }

    public Map<String, IrqApiEntry> interrupts() {
        return interrupts;
    }

    public boolean isNoReturn(String name) {
        return name != null && noReturn.contains(name);
    }

    /** Null when {@code name} is no assertion; else whether it fails when its argument is non-zero. */
    public Boolean assertionFailsWhenTrue(String name) {
        return name == null ? null : assertions.get(name);
    }

    public Map<String, LockApiEntry> operations() {
        return operations;
    }

    public Set<String> noReturn() {
        return noReturn;
    }

    public Map<String, Boolean> assertions() {
        return assertions;
    }

    private static final class Builder {
        final Map<String, LockApiEntry> operations = new LinkedHashMap<>();
        final Map<String, IrqApiEntry> interrupts = new LinkedHashMap<>();
        final Set<String> noReturn = new TreeSet<>();
        final Map<String, Boolean> assertions = new LinkedHashMap<>();
        final Map<String, List<String>> guards = new LinkedHashMap<>();
        final Map<String, ThreadEntry> spawns = new LinkedHashMap<>();
        final Set<String> joins = new TreeSet<>();
        final Set<String> hardIrqPredicates = new TreeSet<>();
        final Set<String> threadExits = new TreeSet<>();
        final List<EntryPoint> entries = new ArrayList<>();

        void addPreset(String preset) {
            String resource = "presets/" + preset + ".json";
            try (InputStream in = LockApi.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("unknown lock API preset '" + preset + "' (known: " + PRESETS
                            + ", optional: " + OPTIONAL_PRESETS + ")");
                }
                JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .getAsJsonObject();
                addObject(root, preset);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read lock API preset " + resource, e);
            }
        }

        void addObject(JsonObject o, String origin) {
            boolean any = false;
            if (o.has("operations")) {
                any = true;
                for (JsonElement e : array(o, "operations", origin)) {
                    if (!e.isJsonObject()) {
                        throw new IllegalArgumentException("lock API " + origin + ": operation entry " + e
                                + " is not an object");
                    }
                    addEntry(e.getAsJsonObject(), origin);
                }
            }
            if (o.has("noreturn")) {
                any = true;
                for (JsonElement e : array(o, "noreturn", origin)) {
                    noReturn.add(e.getAsString());
                }
            }
            if (o.has("assertions")) {
                any = true;
                for (JsonElement e : array(o, "assertions", origin)) {
                    if (!e.isJsonObject() || !e.getAsJsonObject().has("name")) {
                        throw new IllegalArgumentException("lock API " + origin + ": assertion entry " + e
                                + " needs a name");
                    }
                    JsonObject a = e.getAsJsonObject();
                    String fails = a.has("failsWhen") ? a.get("failsWhen").getAsString() : "zero";
                    if (!fails.equals("zero") && !fails.equals("nonzero")) {
                        throw new IllegalArgumentException("lock API " + origin + ": assertion " + a.get("name")
                                + ": failsWhen must be zero or nonzero, not " + fails);
                    }
                    assertions.put(a.get("name").getAsString(), fails.equals("nonzero"));
                }
            }
            if (o.has("guards")) {
                any = true;
                for (JsonElement e : array(o, "guards", origin)) {
                    JsonObject g = e.isJsonObject() ? e.getAsJsonObject() : null;
                    if (g == null || !g.has("class") || !g.has("acquire") || !g.has("release")) {
                        throw new IllegalArgumentException("lock API " + origin + ": guard entry " + e
                                + " needs class, acquire and release");
                    }
                    guards.put(g.get("class").getAsString(),
                            List.of(g.get("acquire").getAsString(), g.get("release").getAsString()));
                }
            }
            if (o.has("threads")) {
                any = true;
                for (JsonElement e : array(o, "threads", origin)) {
                    JsonObject t = e.isJsonObject() ? e.getAsJsonObject() : null;
                    if (t == null || !(t.has("name") || t.has("names")) || !t.has("routine")) {
                        throw new IllegalArgumentException("lock API " + origin + ": thread entry " + e
                                + " needs name(s) and routine");
                    }
                    onlyKeys(t, Set.of("name", "names", "routine", "kind", "multi", "deferred", "doc"), "thread entry",
                            origin);
                    List<Integer> routines = new ArrayList<>();
                    if (t.get("routine").isJsonArray()) {
                        t.getAsJsonArray("routine").forEach(x -> routines.add(index(x, t, origin)));
                    } else {
                        routines.add(index(t.get("routine"), t, origin));
                    }
                    String kind = t.has("kind") ? text(t, "kind", origin) : "thread";
                    boolean multi = t.has("multi") && flag(t, "multi", origin);
                    boolean deferred = t.has("deferred") && flag(t, "deferred", origin);
                    for (String n : names(t, "thread entry", origin)) {
                        spawns.put(n, new ThreadEntry(n, List.copyOf(routines), kind, multi, deferred));
                    }
                }
            }
            if (o.has("entries")) {
                any = true;
                for (JsonElement e : array(o, "entries", origin)) {
                    entries.add(entry(e, origin));
                }
            }
            if (o.has("joins")) {
                any = true;
                array(o, "joins", origin).forEach(e -> joins.add(e.getAsString()));
            }
            if (o.has("hardIrqPredicates")) {
                any = true;
                array(o, "hardIrqPredicates", origin).forEach(e -> hardIrqPredicates.add(e.getAsString()));
            }
            if (o.has("threadExit")) {
                any = true;
                array(o, "threadExit", origin).forEach(e -> threadExits.add(e.getAsString()));
            }
            if (!any && (o.has("name") || o.has("names"))) {
                addEntry(o, origin);
                any = true;
            }
            if (!any) {
                throw new IllegalArgumentException("lock API " + origin + ": entry " + o
                        + " has neither name(s), operations, noreturn, assertions, guards, threads, entries, joins, "
                        + "hardIrqPredicates nor threadExit");
            }
        }

        /**
         * One {@code "entries"} element: exactly one of {@code name}/{@code names}, {@code pattern} or
         * {@code field}; {@code kind} (default {@code entry}), {@code multi} (default true), {@code doc}.
         */
        private static EntryPoint entry(JsonElement e, String origin) {
            JsonObject t = e.isJsonObject() ? e.getAsJsonObject() : null;
            if (t == null) {
                throw new IllegalArgumentException("lock API " + origin + ": entry point " + e + " is not an object");
            }
            onlyKeys(t, Set.of("name", "names", "pattern", "field", "kind", "multi", "doc"), "entry point", origin);
            int ways = (t.has("name") || t.has("names") ? 1 : 0) + (t.has("pattern") ? 1 : 0) + (t.has("field") ? 1 : 0);
            if (ways != 1) {
                throw new IllegalArgumentException("lock API " + origin + ": entry point " + e + " needs exactly one "
                        + "of name(s) (function names), pattern (a regular expression over function names) or field "
                        + "(an ops-table field such as \"hypercall_table_t.handler\")");
            }
            java.util.regex.Pattern pattern = null;
            if (t.has("pattern")) {
                try {
                    pattern = java.util.regex.Pattern.compile(text(t, "pattern", origin));
                } catch (java.util.regex.PatternSyntaxException x) {
                    throw new IllegalArgumentException("lock API " + origin + ": entry point " + e
                            + ": pattern is no regular expression: " + x.getDescription());
                }
            }
            String field = t.has("field") ? text(t, "field", origin) : null;
            if (field != null && !field.matches("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)+")) {
                throw new IllegalArgumentException("lock API " + origin + ": entry point " + e
                        + ": field must be TYPE.FIELD (an ops-table field such as \"hypercall_table_t.handler\")");
            }
            List<String> names = t.has("name") || t.has("names") ? names(t, "entry point", origin) : List.of();
            return new EntryPoint(names, pattern, field, t.has("kind") ? text(t, "kind", origin) : "entry",
                    !t.has("multi") || flag(t, "multi", origin));
        }

        private static void onlyKeys(JsonObject t, Set<String> known, String what, String origin) {
            for (String key : t.keySet()) {
                if (!known.contains(key)) {
                    throw new IllegalArgumentException("lock API " + origin + ": " + what + " " + t + ": unknown key '"
                            + key + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
                }
            }
        }

        private static List<String> names(JsonObject t, String what, String origin) {
            List<String> names = new ArrayList<>();
            if (t.has("name")) {
                names.add(text(t, "name", origin));
            }
            if (t.has("names")) {
                if (!t.get("names").isJsonArray()) {
                    throw new IllegalArgumentException("lock API " + origin + ": " + what + " " + t
                            + ": 'names' must be an array of strings");
                }
                for (JsonElement x : t.getAsJsonArray("names")) {
                    if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isString()) {
                        throw new IllegalArgumentException("lock API " + origin + ": " + what + " " + t
                                + ": 'names' must be an array of strings");
                    }
                    names.add(x.getAsString());
                }
            }
            return names;
        }

        private static String text(JsonObject t, String key, String origin) {
            JsonElement v = t.get(key);
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                throw new IllegalArgumentException("lock API " + origin + ": " + t + ": '" + key + "' must be a string");
            }
            return v.getAsString();
        }

        private static boolean flag(JsonObject t, String key, String origin) {
            JsonElement v = t.get(key);
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
                throw new IllegalArgumentException("lock API " + origin + ": " + t + ": '" + key
                        + "' must be true or false");
            }
            return v.getAsBoolean();
        }

        private static int index(JsonElement v, JsonObject t, String origin) {
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || v.getAsDouble() != v.getAsInt()
                    || v.getAsInt() < 0) {
                throw new IllegalArgumentException("lock API " + origin + ": thread entry " + t
                        + ": 'routine' must be a non-negative argument index or a list of them, not " + v);
            }
            return v.getAsInt();
        }

        private static JsonArray array(JsonObject o, String key, String origin) {
            if (!o.get(key).isJsonArray()) {
                throw new IllegalArgumentException("lock API " + origin + ": '" + key + "' must be an array");
            }
            return o.getAsJsonArray(key);
        }

        void addEntry(JsonObject e, String origin) {
            List<String> names = new ArrayList<>();
            if (e.has("name")) {
                names.add(e.get("name").getAsString());
            }
            if (e.has("names")) {
                for (JsonElement n : e.getAsJsonArray("names")) {
                    names.add(n.getAsString());
                }
            }
            String label = "lock API " + origin + " entry " + (names.isEmpty() ? e.toString() : names.toString());
            if (names.isEmpty()) {
                throw new IllegalArgumentException(label + ": missing 'name' or 'names'");
            }
            for (String key : e.keySet()) {
                if (!Set.of("name", "names", "op", "arg", "lock", "mode", "irq", "success", "flags", "doc").contains(key)) {
                    throw new IllegalArgumentException(label + ": unknown key '" + key + "'");
                }
            }
            if (!e.has("op")) {
                throw new IllegalArgumentException(label + ": missing 'op'");
            }
            if (e.get("op").getAsString().equals("irq")) {
                addInterrupt(e, names, label, origin);
                return;
            }
            if (e.has("flags")) {
                throw new IllegalArgumentException(label + ": 'flags' only applies to op irq");
            }
            LockOpKind op = switch (e.get("op").getAsString()) {
                case "acquire" -> LockOpKind.ACQUIRE;
                case "release" -> LockOpKind.RELEASE;
                case "try" -> LockOpKind.TRY_ACQUIRE;
                case "assert-held" -> LockOpKind.ASSERT_HELD;
                case "assert-not-held" -> LockOpKind.ASSERT_NOT_HELD;
                case "is-held" -> LockOpKind.IS_HELD;
                default -> throw new IllegalArgumentException(label + ": op must be acquire, release, try, "
                        + "assert-held, assert-not-held, is-held or irq, not '" + e.get("op").getAsString() + "'");
            };
            String fixed = e.has("lock") ? e.get("lock").getAsString() : null;
            int arg = e.has("arg") ? e.get("arg").getAsInt() : (fixed != null ? -1 : 0);
            if (arg < -1 || (arg == -1 && fixed == null)) {
                throw new IllegalArgumentException(label + ": 'arg' must be a non-negative argument index");
            }
            LockMode mode = switch (e.has("mode") ? e.get("mode").getAsString() : "exclusive") {
                case "exclusive" -> LockMode.EXCLUSIVE;
                case "shared" -> LockMode.SHARED;
                case "recursive" -> LockMode.RECURSIVE;
                default -> throw new IllegalArgumentException(label
                        + ": mode must be exclusive, shared or recursive");
            };
            IrqEffect irq;
            try {
                irq = IrqEffect.valueOf((e.has("irq") ? e.get("irq").getAsString() : "none").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                throw new IllegalArgumentException(label + ": irq must be none, disable, enable, save or restore");
            }
            String success = e.has("success") ? e.get("success").getAsString() : "nonzero";
            if (!success.equals("nonzero") && !success.equals("zero")) {
                throw new IllegalArgumentException(label + ": success must be zero or nonzero");
            }
            if (e.has("success") && op != LockOpKind.TRY_ACQUIRE && op != LockOpKind.ACQUIRE) {
                throw new IllegalArgumentException(label + ": 'success' only applies to op try and acquire");
            }
            for (String n : names) {
                operations.put(n, new LockApiEntry(n, op, arg, fixed, mode, irq, success.equals("nonzero"), origin));
                interrupts.remove(n);
            }
        }

        /**
         * An {@code "op": "irq"} entry: {@code irq} one of save, restore, disable, enable; {@code flags} the index
         * of the flags argument of a save or restore (default 0), or "result" for a save that returns the flags.
         */
        private void addInterrupt(JsonObject e, List<String> names, String label, String origin) {
            for (String key : List.of("arg", "lock", "mode", "success")) {
                if (e.has(key)) {
                    throw new IllegalArgumentException(label + ": '" + key + "' does not apply to op irq");
                }
            }
            IrqEffect irq;
            try {
                irq = IrqEffect.valueOf((e.has("irq") ? e.get("irq").getAsString() : "none").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                irq = IrqEffect.NONE;
            }
            if (irq == IrqEffect.NONE) {
                throw new IllegalArgumentException(label + ": op irq needs irq save, restore, disable or enable");
            }
            int flags = -1;
            if (irq == IrqEffect.SAVE || irq == IrqEffect.RESTORE) {
                JsonElement f = e.get("flags");
                if (f == null) {
                    flags = 0;
                } else if (f.isJsonPrimitive() && f.getAsJsonPrimitive().isString() && f.getAsString().equals("result")
                        && irq == IrqEffect.SAVE) {
                    flags = -1;
                } else if (f.isJsonPrimitive() && f.getAsJsonPrimitive().isNumber() && f.getAsInt() >= 0) {
                    flags = f.getAsInt();
                } else {
                    throw new IllegalArgumentException(label + ": 'flags' must be an argument index"
                            + (irq == IrqEffect.SAVE ? " or \"result\"" : ""));
                }
            } else if (e.has("flags")) {
                throw new IllegalArgumentException(label + ": 'flags' only applies to irq save and restore");
            }
            for (String n : names) {
                interrupts.put(n, new IrqApiEntry(n, irq, flags, origin));
                operations.remove(n);
            }
        }
    }
}
