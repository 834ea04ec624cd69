package org.lockaudit.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code lockaudit.json}: the configuration of a tree, at its root. See docs/configuration.md for every key.
 * Relative paths are resolved against the file's folder.
 */
public record ConfigFile(Path file, UnitFlags flags, List<String> presets, List<JsonObject> lockApiAdditions,
        Map<String, String> guards, List<JsonObject> suppressions, Map<String, String> overrides,
        List<String> noReturnFunctions, String compiler, Limits limits, JsonObject inference) {

    public static final String NAME = "lockaudit.json";

    static final Set<String> KEYS = Set.of("includePaths", "quoteIncludePaths", "systemIncludePaths", "defines",
            "undefines", "forcedIncludes", "std", "compiler", "presets", "lockApi", "guards", "suppressions",
            "overrides", "noreturn", "limits", "inference");

    /** The nearest {@code lockaudit.json} in {@code start} (a file's folder or a folder) or any parent. */
    public static Path find(Path start) {
        return TreeLoader.findUpwards(start, NAME);
    }

    public static ConfigFile read(Path file) throws ConfigException {
        PositionedJson json = PositionedJson.read(file);
        if (!json.root().isJsonObject()) {
            throw json.error("$", "the configuration must be a JSON object");
        }
        JsonObject o = json.root().getAsJsonObject();
        Path dir = file.toAbsolutePath().getParent();
        for (String key : o.keySet()) {
            if (!KEYS.contains(key)) {
                throw json.error("$." + key + "#key", "unknown key \"" + key + "\"; known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        UnitFlags.Builder b = new UnitFlags.Builder();
        for (String s : strings(json, o, "includePaths")) {
            b.includePath(CompilerFlags.resolve(dir, s));
        }
        for (String s : strings(json, o, "quoteIncludePaths")) {
            b.quoteIncludePath(CompilerFlags.resolve(dir, s));
        }
        for (String s : strings(json, o, "systemIncludePaths")) {
            b.systemIncludePath(CompilerFlags.resolve(dir, s));
        }
        stringMap(json, o, "defines", true).forEach(b::define);
        for (String s : strings(json, o, "undefines")) {
            b.undefine(s);
        }
        for (String s : strings(json, o, "forcedIncludes")) {
            Path p = CompilerFlags.resolve(dir, s);
            if (!Files.isRegularFile(p)) {
                throw json.error("$.forcedIncludes", "forced include not found: " + p);
            }
            b.forcedInclude(p);
        }
        String std = string(json, o, "std");
        if (std != null) {
            b.std(std);
        }
        List<String> presets = strings(json, o, "presets");
        for (int i = 0; i < presets.size(); i++) {
            if (!AnalysisOverrides.PRESETS.contains(presets.get(i))) {
                throw json.error("$.presets[" + i + "]", "unknown preset \"" + presets.get(i) + "\"; known presets: "
                        + String.join(", ", AnalysisOverrides.PRESETS));
            }
        }
        List<JsonObject> lockApi = objects(json, o, "lockApi");
        for (int i = 0; i < lockApi.size(); i++) {
            try {
                org.lockaudit.core.lockapi.LockApi.of(List.of(), List.of(lockApi.get(i)));
            } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException
                    | ClassCastException ex) {
                throw json.error(failingElement(lockApi.get(i), "$.lockApi[" + i + "]"), "invalid lock API entry: "
                        + ex.getMessage());
            }
        }
        List<JsonObject> suppressions = objects(json, o, "suppressions");
        Map<String, String> guards = stringMap(json, o, "guards", false);
        Map<String, String> overrides = stringMap(json, o, "overrides", false);
        for (String name : overrides.keySet()) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*(\\([^)]*\\))?")) {
                throw json.error("$.overrides." + name + "#key", "an override is \"NAME\" or \"NAME(params)\": " + name);
            }
        }
        return new ConfigFile(file, b.build(), presets, lockApi, guards, suppressions, overrides,
                strings(json, o, "noreturn"), string(json, o, "compiler"), limits(json, o), inference(json, o));
    }

    /**
     * The path of the element of a lock-API addition that is wrong: in an addition with arrays
     * ({@code "threads"}, {@code "entries"}, {@code "operations"}, ...) the first element that fails alone, so the
     * error names its own line; else the addition itself.
     */
    private static String failingElement(JsonObject addition, String path) {
        for (Map.Entry<String, JsonElement> m : addition.entrySet()) {
            if (!m.getValue().isJsonArray() || m.getKey().equals("noreturn") || m.getKey().equals("joins")
                    || m.getKey().equals("hardIrqPredicates") || m.getKey().equals("threadExit") || m.getKey().equals("names")) {
                continue;
            }
            JsonArray a = m.getValue().getAsJsonArray();
            for (int j = 0; j < a.size(); j++) {
                JsonObject one = new JsonObject();
                JsonArray single = new JsonArray();
                single.add(a.get(j));
                one.add(m.getKey(), single);
                try {
                    org.lockaudit.core.lockapi.LockApi.of(List.of(), List.of(one));
                } catch (RuntimeException ex) {
                    return path + "." + m.getKey() + "[" + j + "]";
                }
            }
        }
        return path;
    }

    /** {@code "limits": {"unitTimeout": "20s", "maxCfgNodes": 20000, ...}} over {@link Limits#DEFAULT}. */
    /** {@code "inference"}: guard inference settings, checked here so an error has its position. */
    private static JsonObject inference(PositionedJson json, JsonObject o) throws ConfigException {
        JsonElement e = o.get("inference");
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw json.error("$.inference", "\"inference\" must be an object, e.g. {\"minSupport\": 0.5}");
        }
        for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
            JsonObject one = new JsonObject();
            one.add(m.getKey(), m.getValue());
            try {
                org.lockaudit.core.inference.GuardOptions.defaults().withConfig(one);
            } catch (IllegalArgumentException ex) {
                boolean known = org.lockaudit.core.inference.GuardOptions.CONFIG_KEYS.containsKey(m.getKey());
                throw json.error("$.inference." + m.getKey() + (known ? "" : "#key"), ex.getMessage());
            }
        }
        return e.getAsJsonObject();
    }

    private static Limits limits(PositionedJson json, JsonObject o) throws ConfigException {
        JsonElement e = o.get("limits");
        Limits l = Limits.DEFAULT;
        if (e == null || e.isJsonNull()) {
            return l;
        }
        if (!e.isJsonObject()) {
            throw json.error("$.limits", "\"limits\" must be an object, e.g. {\"unitTimeout\": \"20s\"}");
        }
        for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
            String key = m.getKey();
            if (!Limits.KEYS.containsKey(key)) {
                throw json.error("$.limits." + key + "#key", "unknown limit \"" + key + "\"; known limits: "
                        + String.join(", ", Limits.KEYS.keySet()));
            }
            JsonElement v = m.getValue();
            if (!v.isJsonPrimitive()) {
                throw json.error("$.limits." + key, "\"" + key + "\" must be a " + Limits.KEYS.get(key)
                        + " (a number or a string such as \"20s\")");
            }
            try {
                l = l.with(key, v.getAsString());
            } catch (IllegalArgumentException ex) {
                throw json.error("$.limits." + key, "\"" + key + "\": " + ex.getMessage());
            }
        }
        return l;
    }

    private static String string(PositionedJson json, JsonObject o, String key) throws ConfigException {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw json.error("$." + key, "\"" + key + "\" must be a string");
        }
        return e.getAsString();
    }

    private static List<String> strings(PositionedJson json, JsonObject o, String key) throws ConfigException {
        JsonElement e = o.get(key);
        List<String> r = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return r;
        }
        if (!e.isJsonArray()) {
            throw json.error("$." + key, "\"" + key + "\" must be an array of strings");
        }
        JsonArray a = e.getAsJsonArray();
        for (int i = 0; i < a.size(); i++) {
            JsonElement x = a.get(i);
            if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isString()) {
                throw json.error("$." + key + "[" + i + "]", "\"" + key + "\" must contain only strings");
            }
            r.add(x.getAsString());
        }
        return r;
    }

    private static List<JsonObject> objects(PositionedJson json, JsonObject o, String key) throws ConfigException {
        JsonElement e = o.get(key);
        List<JsonObject> r = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return r;
        }
        if (!e.isJsonArray()) {
            throw json.error("$." + key, "\"" + key + "\" must be an array of objects");
        }
        JsonArray a = e.getAsJsonArray();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isJsonObject()) {
                throw json.error("$." + key + "[" + i + "]", "\"" + key + "\" must contain only objects");
            }
            r.add(a.get(i).getAsJsonObject());
        }
        return r;
    }

    private static Map<String, String> stringMap(PositionedJson json, JsonObject o, String key, boolean scalars)
            throws ConfigException {
        JsonElement e = o.get(key);
        Map<String, String> r = new LinkedHashMap<>();
        if (e == null || e.isJsonNull()) {
            return r;
        }
        if (!e.isJsonObject()) {
            throw json.error("$." + key, "\"" + key + "\" must be an object of strings");
        }
        for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
            JsonElement v = m.getValue();
            if (!v.isJsonPrimitive() || (!scalars && !v.getAsJsonPrimitive().isString())) {
                throw json.error("$." + key + "." + m.getKey(), "the value of \"" + m.getKey() + "\" in \"" + key
                        + "\" must be a string");
            }
            r.put(m.getKey(), v.getAsString());
        }
        return r;
    }
}
