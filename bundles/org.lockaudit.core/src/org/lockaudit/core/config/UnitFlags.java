package org.lockaudit.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The preprocessor flags of one translation unit, as a compiler would see them: include directories in search
 * order, macro definitions in command-line order ({@code null} value = {@code -U}), forced includes, language
 * standard. Paths are absolute.
 */
public record UnitFlags(List<Path> includePaths, List<Path> quoteIncludePaths, List<Path> systemIncludePaths,
        Map<String, String> defines, List<Path> forcedIncludes, String std, boolean noStdInc) {

    public static final UnitFlags EMPTY = new UnitFlags(List.of(), List.of(), List.of(), Map.of(), List.of(), null,
            false);

    public UnitFlags {
        includePaths = List.copyOf(includePaths);
        quoteIncludePaths = List.copyOf(quoteIncludePaths);
        systemIncludePaths = List.copyOf(systemIncludePaths);
        defines = Collections.unmodifiableMap(new LinkedHashMap<>(defines));
        forcedIncludes = List.copyOf(forcedIncludes);
    }

    /**
     * These flags with {@code later}'s applied on top, as if {@code later} came after them on the command line,
     * except that {@code later}'s include directories are searched first.
     */
    public UnitFlags overriddenBy(UnitFlags later) {
        if (later == null || later.equals(EMPTY)) {
            return this;
        }
        Map<String, String> d = new LinkedHashMap<>(defines);
        later.defines.forEach((k, v) -> {
            d.remove(k);
            d.put(k, v);
        });
        return new UnitFlags(concat(later.includePaths, includePaths), concat(later.quoteIncludePaths,
                quoteIncludePaths), concat(later.systemIncludePaths, systemIncludePaths), d,
                concat(forcedIncludes, later.forcedIncludes), later.std != null ? later.std : std,
                noStdInc || later.noStdInc);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> r = new ArrayList<>(a);
        for (T t : b) {
            if (!r.contains(t)) {
                r.add(t);
            }
        }
        return r;
    }

    /** Collects flags in command-line order. */
    public static final class Builder {
        final List<Path> includePaths = new ArrayList<>();
        final List<Path> quoteIncludePaths = new ArrayList<>();
        final List<Path> systemIncludePaths = new ArrayList<>();
        final Map<String, String> defines = new LinkedHashMap<>();
        final List<Path> forcedIncludes = new ArrayList<>();
        String std;
        boolean noStdInc;

        public Builder includePath(Path p) {
            includePaths.add(p);
            return this;
        }

        public Builder quoteIncludePath(Path p) {
            quoteIncludePaths.add(p);
            return this;
        }

        public Builder systemIncludePath(Path p) {
            systemIncludePaths.add(p);
            return this;
        }

        /** {@code -D name=value}; {@code name} may carry a parameter list: {@code F(x)}. */
        public Builder define(String name, String value) {
            defines.remove(name);
            defines.put(name, value == null ? "1" : value);
            return this;
        }

        /** {@code -D} argument as written: {@code NAME}, {@code NAME=value}, {@code F(x)=x}. */
        public Builder define(String arg) {
            int eq = arg.indexOf('=');
            return eq < 0 ? define(arg, "1") : define(arg.substring(0, eq), arg.substring(eq + 1));
        }

        public Builder undefine(String name) {
            defines.remove(name);
            defines.put(name, null);
            return this;
        }

        public Builder forcedInclude(Path p) {
            forcedIncludes.add(p);
            return this;
        }

        public Builder std(String s) {
            std = s;
            return this;
        }

        public Builder noStdInc(boolean b) {
            noStdInc = b;
            return this;
        }

        public UnitFlags build() {
            return new UnitFlags(includePaths, quoteIncludePaths, systemIncludePaths, defines, forcedIncludes, std,
                    noStdInc);
        }
    }
}
