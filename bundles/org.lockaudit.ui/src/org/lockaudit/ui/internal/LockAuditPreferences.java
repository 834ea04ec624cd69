package org.lockaudit.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.resources.IMarker;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * LockAudit's workspace preferences, and their translation into the configuration model the command line reads
 * ({@code lockaudit.json}): a project without its own {@code lockaudit.json} is analysed with a file generated
 * from these preferences, so the IDE and the CLI never differ in meaning.
 */
public final class LockAuditPreferences extends AbstractPreferenceInitializer {
    public static final String NODE = "org.lockaudit.ui";
    /** Comma-separated presets; empty = every preset. */
    public static final String PRESETS = "presets";
    /** A JSON array of lock API entries (the {@code "lockApi"} key of lockaudit.json). */
    public static final String LOCK_API = "lockApi";
    /** Minimum support, in percent, for an inferred guard to produce unguarded-access findings. */
    public static final String INFERENCE_THRESHOLD = "inferenceThreshold";
    /** Prefix of the per-kind severity keys: {@code severity.double-acquire} = error|warning|info. */
    public static final String SEVERITY_PREFIX = "severity.";

    public static final List<String> KINDS = List.of("inconsistent-return", "double-acquire", "release-unheld",
            "precondition-violation", "write-under-read-lock", "irq-mismatch", "lock-order-inversion",
            "unguarded-access", "declared-guard-violation", "suppression-without-reason", "analysis-incomplete");

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences d = org.eclipse.core.runtime.preferences.DefaultScope.INSTANCE.getNode(NODE);
        d.put(PRESETS, "");
        d.put(LOCK_API, "[]");
        d.putInt(INFERENCE_THRESHOLD, 50);
        for (String k : KINDS) {
            d.put(SEVERITY_PREFIX + k, defaultSeverity(k));
        }
    }

    static String defaultSeverity(String kind) {
        return switch (kind) {
            case "double-acquire", "release-unheld", "lock-order-inversion" -> "error";
            case "suppression-without-reason", "analysis-incomplete" -> "info";
            default -> "warning";
        };
    }

    private static String get(String key, String def) {
        return org.eclipse.core.runtime.Platform.getPreferencesService().getString(NODE, key, def, null);
    }

    /** The marker severity of a finding kind. */
    public static int severity(String kind) {
        return switch (get(SEVERITY_PREFIX + kind, defaultSeverity(kind))) {
            case "error" -> IMarker.SEVERITY_ERROR;
            case "info" -> IMarker.SEVERITY_INFO;
            default -> IMarker.SEVERITY_WARNING;
        };
    }

    public static int inferenceThreshold() {
        return org.eclipse.core.runtime.Platform.getPreferencesService().getInt(NODE, INFERENCE_THRESHOLD, 50, null);
    }

    /**
     * The preferences as a {@code lockaudit.json} text (presets and lock API additions). An invalid lock API text
     * is passed through as written, so the engine reports it with its position like any configuration error.
     */
    public static String asConfigJson() {
        JsonObject o = new JsonObject();
        String presets = get(PRESETS, "").trim();
        if (!presets.isEmpty()) {
            JsonArray a = new JsonArray();
            for (String p : presets.split("\\s*,\\s*")) {
                a.add(p);
            }
            o.add("presets", a);
        }
        JsonObject inference = new JsonObject();
        inference.addProperty("minSupport", inferenceThreshold() / 100.0);
        o.add("inference", inference);
        String api = get(LOCK_API, "[]").trim();
        try {
            JsonElement e = JsonParser.parseString(api.isEmpty() ? "[]" : api);
            o.add("lockApi", e);
        } catch (RuntimeException e) {
            String text = o.toString();
            return text.substring(0, text.length() - 1) + (o.size() > 0 ? "," : "") + "\"lockApi\": " + api + "}";
        }
        return o.toString();
    }

    /** Writes {@link #asConfigJson()} under {@code dir} and returns the file. */
    public static Path writeConfig(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve("lockaudit.json");
        Files.writeString(f, asConfigJson(), StandardCharsets.UTF_8);
        return f;
    }

    static void set(String key, String value) {
        InstanceScope.INSTANCE.getNode(NODE).put(key, value);
    }
}
