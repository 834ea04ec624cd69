package org.lockaudit.core.config;

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
 * A compilation database ({@code compile_commands.json}, as written by CMake, bear, meson or Xen's/Linux's
 * generators): per translation unit, the preprocessor flags of its compiler command. Both the
 * {@code arguments} and the {@code command} (shell-split) forms are read.
 */
public final class CompileCommands {
    public static final String NAME = "compile_commands.json";
    private static final Set<String> WRAPPERS = Set.of("ccache", "distcc", "sccache", "icecc");

    /** One entry: the unit's absolute path, its flags, and the compiler it was built with. */
    public record Entry(Path file, UnitFlags flags, String compiler) {
    }

    private final Path file;
    private final Map<Path, Entry> entries;

    private CompileCommands(Path file, Map<Path, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    public Path file() {
        return file;
    }

    /** Entries by absolute normalised unit path, in database order (the last entry of a file wins). */
    public Map<Path, Entry> entries() {
        return entries;
    }

    /** The nearest database in {@code start} or any parent, as clangd finds it. */
    public static Path find(Path start) {
        return TreeLoader.findUpwards(start, NAME);
    }

    public static CompileCommands read(Path json) throws ConfigException {
        PositionedJson doc = PositionedJson.read(json);
        if (!doc.root().isJsonArray()) {
            throw doc.error("$", "a compilation database is a JSON array of {directory, file, arguments|command}");
        }
        Path base = json.toAbsolutePath().getParent();
        Map<Path, Entry> entries = new LinkedHashMap<>();
        JsonArray a = doc.root().getAsJsonArray();
        for (int i = 0; i < a.size(); i++) {
            String at = "$[" + i + "]";
            if (!a.get(i).isJsonObject()) {
                throw doc.error(at, "entry " + i + " is not an object");
            }
            JsonObject e = a.get(i).getAsJsonObject();
            String dirText = string(doc, e, at, "directory");
            String fileText = string(doc, e, at, "file");
            if (fileText == null) {
                throw doc.error(at, "entry " + i + " has no \"file\"");
            }
            Path dir = dirText == null ? base : CompilerFlags.resolve(base, dirText);
            List<String> words;
            if (e.has("arguments")) {
                JsonElement args = e.get("arguments");
                if (!args.isJsonArray()) {
                    throw doc.error(at + ".arguments", "\"arguments\" must be an array of strings");
                }
                words = new ArrayList<>();
                for (JsonElement w : args.getAsJsonArray()) {
                    if (!w.isJsonPrimitive()) {
                        throw doc.error(at + ".arguments", "\"arguments\" must be an array of strings");
                    }
                    words.add(w.getAsString());
                }
            } else if (e.has("command")) {
                words = CompilerFlags.shellSplit(string(doc, e, at, "command"));
            } else {
                throw doc.error(at, "entry " + i + " has neither \"arguments\" nor \"command\"");
            }
            int first = 0;
            while (first < words.size() - 1 && WRAPPERS.contains(Path.of(words.get(first)).getFileName().toString())) {
                first++;
            }
            String compiler = words.isEmpty() ? null : words.get(first);
            List<String> rest = words.isEmpty() ? List.of() : words.subList(first + 1, words.size());
            if (!isC(fileText, rest)) {
                continue; // assembly (.S: gcc preprocesses it with __ASSEMBLY__), C++, ...: not C
            }
            Path unit = CompilerFlags.resolve(dir, fileText);
            entries.remove(unit);
            entries.put(unit, new Entry(unit, CompilerFlags.parse(rest, dir), compiler));
        }
        return new CompileCommands(json, entries);
    }

    /**
     * Whether gcc compiles {@code file} as C: {@code -x c} says so, another {@code -x} says not; else a {@code .c},
     * {@code .h} or {@code .i} name, or any name that is not assembly or C++ (kept, as before, when in doubt).
     */
    static boolean isC(String file, List<String> args) {
        for (int i = args.size() - 1; i >= 0; i--) {
            String a = args.get(i);
            String lang = a.equals("-x") && i + 1 < args.size() ? args.get(i + 1) : a.startsWith("-x") ? a.substring(2)
                    : null;
            if (lang != null && !lang.isEmpty() && !lang.equals("none")) {
                return lang.equals("c") || lang.equals("c-header");
            }
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return !NOT_C.contains(ext);
    }

    private static final java.util.Set<String> NOT_C = java.util.Set.of("S", "s", "sx", "asm", "cc", "cp", "cxx", "cpp",
            "CPP", "c++", "C", "hh", "hpp", "hxx", "ii", "m", "mm", "M", "f", "f90", "F", "F90", "go", "d", "ads", "adb");

    private static String string(PositionedJson doc, JsonObject e, String at, String key) throws ConfigException {
        JsonElement v = e.get(key);
        if (v == null || v.isJsonNull()) {
            return null;
        }
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            throw doc.error(at + "." + key, "\"" + key + "\" must be a string");
        }
        return v.getAsString();
    }
}
