package org.lockaudit.core.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to parse the translation units of one tree: include paths, macro definitions, forced includes.
 * Immutable; build with {@link Builder}.
 */
public final class TreeConfig {
    private final List<Path> includePaths;
    private final List<Path> quoteIncludePaths;
    private final Map<String, String> defines;
    private final List<Path> forcedIncludes;

    private TreeConfig(Builder b) {
        this.includePaths = List.copyOf(b.includePaths);
        this.quoteIncludePaths = List.copyOf(b.quoteIncludePaths);
        this.defines = Map.copyOf(b.defines);
        this.forcedIncludes = List.copyOf(b.forcedIncludes);
    }

    public static TreeConfig empty() {
        return new Builder().build();
    }

    public List<Path> includePaths() {
        return includePaths;
    }

    public List<Path> quoteIncludePaths() {
        return quoteIncludePaths;
    }

    public Map<String, String> defines() {
        return defines;
    }

    public List<Path> forcedIncludes() {
        return forcedIncludes;
    }

    public static final class Builder {
        private final java.util.ArrayList<Path> includePaths = new java.util.ArrayList<>();
        private final java.util.ArrayList<Path> quoteIncludePaths = new java.util.ArrayList<>();
        private final Map<String, String> defines = new LinkedHashMap<>();
        private final java.util.ArrayList<Path> forcedIncludes = new java.util.ArrayList<>();

        public Builder includePath(Path p) {
            includePaths.add(p);
            return this;
        }

        public Builder quoteIncludePath(Path p) {
            quoteIncludePaths.add(p);
            return this;
        }

        public Builder define(String name, String value) {
            defines.put(name, value);
            return this;
        }

        public Builder forcedInclude(Path p) {
            forcedIncludes.add(p);
            return this;
        }

        public TreeConfig build() {
            return new TreeConfig(this);
        }
    }
}
