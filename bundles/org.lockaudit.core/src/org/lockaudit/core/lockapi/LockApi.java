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

    private final Map<String, LockApiEntry> operations;
    private final Set<String> noReturn;
    /** Assertion name -> true when the assertion fails when its argument is non-zero (BUG_ON), false (ASSERT). */
    private final Map<String, Boolean> assertions;

    private LockApi(Map<String, LockApiEntry> operations, Set<String> noReturn, Map<String, Boolean> assertions) {
        this.operations = Collections.unmodifiableMap(operations);
        this.noReturn = Collections.unmodifiableSet(noReturn);
        this.assertions = Collections.unmodifiableMap(assertions);
    }

    /** Every preset. */
    public static LockApi defaults() {
        return of(PRESETS, List.of());
    }

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
        return new LockApi(b.operations, b.noReturn, b.assertions);
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
