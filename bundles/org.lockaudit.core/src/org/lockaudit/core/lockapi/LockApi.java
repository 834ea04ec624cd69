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
    /** Always applied first: compiler builtins and the analysis overrides' pseudo-functions. */
    private static final String CORE = "core";
    /**
     * The pseudo-function a constant assignment to a local is recorded as by the extractor: a {@code Call} with
     * the constant as its argument and the local as its result variable ({@code locked = 1;}). Only for locals written
     * by nothing but constants and call results (a local also written by {@code n++}, {@code n = x} or {@code &n} is
     * not recorded: those writes have no event).
     */
    public static final String SET_LOCAL = "__lockaudit_set";

    private final Map<String, LockApiEntry> operations;
    private final Set<String> noReturn;
    /** Assertion name -> true when the assertion fails when its argument is non-zero (BUG_ON), false (ASSERT). */
    private final Map<String, Boolean> assertions;

    /** Scope-based guard class ({@code guard(spinlock)}) -> {acquire entry name, release entry name}. */
    private final Map<String, List<String>> guards;
    /** Calls that start a concurrent context: name -> the argument indices naming the entry function. */
    private final Map<String, ThreadEntry> spawns;
    /** Calls after which a context started by this thread no longer runs ({@code pthread_join}). */
    private final Set<String> joins;
    /** Calls that end the calling thread ({@code pthread_exit}, {@code thrd_exit}). */
    private final Set<String> threadExits;

    /**
     * A call that makes its function argument run concurrently: {@code kind} thread (a thread or kthread: it
     * may be joined), work, tasklet, timer, irq; {@code routines} the argument indices naming functions.
     */
    public record ThreadEntry(String name, List<Integer> routines, String kind) {
    }

    private LockApi(Builder b) {
        this.operations = Collections.unmodifiableMap(b.operations);
        this.noReturn = Collections.unmodifiableSet(b.noReturn);
        this.assertions = Collections.unmodifiableMap(b.assertions);
        this.guards = Collections.unmodifiableMap(b.guards);
        this.spawns = Collections.unmodifiableMap(b.spawns);
        this.joins = Collections.unmodifiableSet(b.joins);
        this.threadExits = Collections.unmodifiableSet(b.threadExits);
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
        final Set<String> noReturn = new TreeSet<>();
        final Map<String, Boolean> assertions = new LinkedHashMap<>();
        final Map<String, List<String>> guards = new LinkedHashMap<>();
        final Map<String, ThreadEntry> spawns = new LinkedHashMap<>();
        final Set<String> joins = new TreeSet<>();
        final Set<String> threadExits = new TreeSet<>();

        void addPreset(String preset) {
            String resource = "presets/" + preset + ".json";
            try (InputStream in = LockApi.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("unknown lock API preset '" + preset + "' (known: " + PRESETS
                            + ")");
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
                    List<Integer> routines = new ArrayList<>();
                    if (t.get("routine").isJsonArray()) {
                        t.getAsJsonArray("routine").forEach(x -> routines.add(x.getAsInt()));
                    } else {
                        routines.add(t.get("routine").getAsInt());
                    }
                    String kind = t.has("kind") ? t.get("kind").getAsString() : "thread";
                    List<String> names = new ArrayList<>();
                    if (t.has("name")) {
                        names.add(t.get("name").getAsString());
                    }
                    if (t.has("names")) {
                        t.getAsJsonArray("names").forEach(x -> names.add(x.getAsString()));
                    }
                    for (String n : names) {
                        spawns.put(n, new ThreadEntry(n, List.copyOf(routines), kind));
                    }
                }
            }
            if (o.has("joins")) {
                any = true;
                array(o, "joins", origin).forEach(e -> joins.add(e.getAsString()));
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
                        + " has neither name(s), operations, noreturn nor assertions");
            }
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
                if (!Set.of("name", "names", "op", "arg", "lock", "mode", "irq", "success", "doc").contains(key)) {
                    throw new IllegalArgumentException(label + ": unknown key '" + key + "'");
                }
            }
            if (!e.has("op")) {
                throw new IllegalArgumentException(label + ": missing 'op'");
            }
            LockOpKind op = switch (e.get("op").getAsString()) {
                case "acquire" -> LockOpKind.ACQUIRE;
                case "release" -> LockOpKind.RELEASE;
                case "try" -> LockOpKind.TRY_ACQUIRE;
                case "assert-held" -> LockOpKind.ASSERT_HELD;
                case "assert-not-held" -> LockOpKind.ASSERT_NOT_HELD;
                case "is-held" -> LockOpKind.IS_HELD;
                default -> throw new IllegalArgumentException(label + ": op must be acquire, release, try, "
                        + "assert-held, assert-not-held or is-held, not '" + e.get("op").getAsString() + "'");
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
            }
        }
    }
}
