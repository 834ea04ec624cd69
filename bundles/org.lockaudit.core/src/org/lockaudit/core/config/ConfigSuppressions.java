package org.lockaudit.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lockaudit.core.AnalysisResult;
import org.lockaudit.core.check.Finding;
import org.lockaudit.core.check.FindingKind;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The {@code "suppressions"} of {@code lockaudit.json}, applied like suppression comments: each entry
 * <pre>{"kind": "unguarded-access", "file": "drivers/pci.c", "function": "pci_reset", "line": 42, "lock": "pci_dev.lock",
 *  "reason": "reset runs before the device is published"}</pre>
 * silences the findings of that kind matching every selector given ({@code file}: the path relative to the tree root,
 * or any path suffix; at least one of {@code file}, {@code function}, {@code line}, {@code lock}). A reason is
 * required. An entry that silences nothing is reported as unused, so stale entries do not pile up.
 */
public final class ConfigSuppressions {
    private static final Set<String> KEYS = Set.of("kind", "file", "function", "line", "lock", "reason");

    /** One entry; {@code index} its position in the array (from 0), for messages. */
    public record Entry(int index, FindingKind kind, String file, String function, int line, String lock, String reason) {
        boolean matches(Finding f, Path root) {
            if (f.kind() != kind || (function != null && !function.equals(f.function())) || (line > 0 && line != f.line())) {
                return false;
            }
            if (lock != null && f.locks().stream().noneMatch(l -> l.equals(lock) || l.startsWith(lock + " ("))) {
                return false;
            }
            if (file != null) {
                Path p = Path.of(f.file()).normalize();
                Path want = Path.of(file).normalize();
                return p.equals(root.resolve(want).normalize()) || p.endsWith(want);
            }
            return true;
        }

        /** {@code suppressions[2] (unguarded-access, file drivers/pci.c)}. */
        public String describe() {
            StringBuilder s = new StringBuilder("suppressions[").append(index).append("] (").append(kind.id());
            if (file != null) {
                s.append(", file ").append(file);
            }
            if (function != null) {
                s.append(", function ").append(function);
            }
            if (line > 0) {
                s.append(", line ").append(line);
            }
            if (lock != null) {
                s.append(", lock ").append(lock);
            }
            return s.append(')').toString();
        }
    }

    /** Findings kept, findings silenced, and the entries that silenced nothing. */
    public record Applied(AnalysisResult result, List<Entry> unused) {
    }

    private final List<Entry> entries;
    private final Path root;
    private final Path file;

    private ConfigSuppressions(List<Entry> entries, Path root, Path file) {
        this.entries = entries;
        this.root = root;
        this.file = file;
    }

    /** The configuration's entries, validated. */
    public static ConfigSuppressions of(TreeConfig config) throws ConfigException {
        Path file = config.configFile();
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonObject o : config.suppressions()) {
            String where = "suppressions[" + i + "]: ";
            for (String k : o.keySet()) {
                if (!KEYS.contains(k)) {
                    throw new ConfigException(file, 0, 0, where + "unknown key \"" + k + "\"; known: kind, file, function, line, lock, reason");
                }
            }
            FindingKind kind = o.has("kind") ? FindingKind.byId(string(o, "kind")) : null;
            if (kind == null) {
                throw new ConfigException(file, 0, 0, where + (o.has("kind") ? "unknown finding kind \"" + string(o, "kind") + "\""
                        : "\"kind\" missing") + " (the kinds are listed in docs/analyze.md)");
            }
            String reason = string(o, "reason");
            if (reason == null || reason.isBlank()) {
                throw new ConfigException(file, 0, 0, where + "\"reason\" missing: say why the finding is not a defect");
            }
            int line = 0;
            if (o.has("line")) {
                try {
                    line = o.get("line").getAsInt();
                } catch (RuntimeException e) {
                    throw new ConfigException(file, 0, 0, where + "\"line\" is not a number");
                }
            }
            Entry e = new Entry(i, kind, string(o, "file"), string(o, "function"), line, string(o, "lock"), reason);
            if (e.file() == null && e.function() == null && e.line() == 0 && e.lock() == null) {
                throw new ConfigException(file, 0, 0, where + "give at least one of \"file\", \"function\", \"line\", \"lock\"");
            }
            entries.add(e);
            i++;
        }
        return new ConfigSuppressions(entries, config.root() != null ? config.root() : Path.of("."), file);
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The configuration file the entries come from (null when none). */
    public Path file() {
        return file;
    }

    /** {@code result} with the matching findings moved to its suppressed ones. */
    public Applied apply(AnalysisResult result) {
        if (entries.isEmpty()) {
            return new Applied(result, List.of());
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>(result.suppressed());
        boolean[] used = new boolean[entries.size()];
        for (Finding f : result.findings()) {
            boolean hit = false;
            for (Entry e : entries) {
                if (e.matches(f, root)) {
                    used[e.index()] = true;
                    hit = true;
                }
            }
            (hit ? suppressed : kept).add(f);
        }
        List<Entry> unused = new ArrayList<>();
        for (Entry e : entries) {
            if (!used[e.index()]) {
                unused.add(e);
            }
        }
        return new Applied(new AnalysisResult(kept, suppressed, result.summaries(), result.entryContexts(),
                result.diagnostics(), result.guards()), unused);
    }
}
