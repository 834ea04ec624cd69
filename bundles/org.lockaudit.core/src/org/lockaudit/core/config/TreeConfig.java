package org.lockaudit.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import org.lockaudit.core.lockapi.LockApi;

/**
 * How to analyse the translation units of one tree: per-unit preprocessor flags (from a compilation database,
 * {@code lockaudit.json} and the command line), the compiler's built-ins, the analysis overrides, and the
 * tree-level lock configuration (presets, lock API additions, declared guards, suppressions, no-return
 * functions). Immutable; build with {@link Builder} or {@link TreeLoader}.
 */
public final class TreeConfig {
    private final UnitFlags defaults;
    private final Map<Path, UnitFlags> unitFlags;
    private final CompilerInfo compiler;
    private final List<String> presets;
    private final List<JsonObject> lockApiAdditions;
    private final Map<String, String> guards;
    private final List<JsonObject> suppressions;
    private final Map<String, String> userOverrides;
    private final Map<String, String> overrides;
    private final List<String> noReturnFunctions;
    private LockApi lockApi;
    private final Path root;
    private final Path compileCommands;
    private final Path configFile;
    private final Limits limits;
    private final JsonObject inference;

    private TreeConfig(Builder b) {
        this.defaults = b.defaults.build().overriddenBy(b.defaultsOverride);
        this.unitFlags = Collections.unmodifiableMap(new LinkedHashMap<>(b.unitFlags));
        this.compiler = b.compiler;
        this.presets = List.copyOf(b.presets);
        this.lockApiAdditions = List.copyOf(b.lockApiAdditions);
        this.guards = Collections.unmodifiableMap(new LinkedHashMap<>(b.guards));
        this.suppressions = List.copyOf(b.suppressions);
        this.userOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(b.overrides));
        this.overrides = Collections.unmodifiableMap(AnalysisOverrides.resolve(presets, userOverrides));
        this.noReturnFunctions = List.copyOf(b.noReturnFunctions);
        this.root = b.root;
        this.compileCommands = b.compileCommands;
        this.configFile = b.configFile;
        this.limits = b.limits;
        this.inference = b.inference;
    }

    public static TreeConfig empty() {
        return new Builder().build();
    }

    /** The flags of {@code unit}: its compilation-database entry's, else the tree defaults. */
    public UnitFlags flagsFor(Path unit) {
        UnitFlags f = unitFlags.get(unit.toAbsolutePath().normalize());
        return f != null ? f : defaults;
    }

    /** Flags of units without a compilation-database entry ({@code lockaudit.json} + command line). */
    public UnitFlags defaults() {
        return defaults;
    }

    /** Flags per unit from the compilation database (command-line flags already applied). */
    public Map<Path, UnitFlags> unitFlags() {
        return unitFlags;
    }

    public CompilerInfo compiler() {
        return compiler;
    }

    /** Preset names ({@link AnalysisOverrides#PRESETS}), in order; empty when none was configured. */
    public List<String> presets() {
        return presets;
    }

    /** Raw {@code "lockApi"} entries of {@code lockaudit.json}, parsed by the lock API. */
    /**
     * The lock API of this tree: the configured presets (every preset when none is configured) plus the
     * configuration's additions and no-return functions. Built once.
     *
     * @throws IllegalArgumentException for a malformed addition, naming it ({@link TreeLoader} reports it first
     *             as a configuration error with its position)
     */
    public synchronized LockApi lockApi() {
        if (lockApi == null) {
            List<JsonObject> additions = new java.util.ArrayList<>(lockApiAdditions);
            if (!noReturnFunctions.isEmpty()) {
                JsonObject o = new JsonObject();
                com.google.gson.JsonArray a = new com.google.gson.JsonArray();
                noReturnFunctions.forEach(a::add);
                o.add("noreturn", a);
                additions.add(o);
            }
            lockApi = LockApi.of(presets.isEmpty() ? LockApi.PRESETS : presets, additions);
        }
        return lockApi;
    }

    public List<JsonObject> lockApiAdditions() {
        return lockApiAdditions;
    }

    /** Declared guards: target ({@code pci_dev.quarantine} or a global) → lock. */
    public Map<String, String> guards() {
        return guards;
    }

    /** Raw {@code "suppressions"} entries of {@code lockaudit.json}. */
    public List<JsonObject> suppressions() {
        return suppressions;
    }

    /** Every macro redefinition in force: common, presets, then the user's ({@code NAME(params)} → body). */
    public Map<String, String> overrides() {
        return overrides;
    }

    /** The user's own overrides only. */
    public Map<String, String> userOverrides() {
        return userOverrides;
    }

    public List<String> noReturnFunctions() {
        return noReturnFunctions;
    }

    /** The tree root (where the database or {@code lockaudit.json} was found), or null. */
    public Path root() {
        return root;
    }

    public Path compileCommands() {
        return compileCommands;
    }

    public Path configFile() {
        return configFile;
    }

    /** The analysis budgets (not part of the fingerprint: a unit over budget is never cached). */
    /** The configuration's {@code "inference"} settings for guard inference, or null. */
    public JsonObject inference() {
        return inference;
    }

    public Limits limits() {
        return limits;
    }

    // Accessors of the walking skeleton: the default flags.
    public List<Path> includePaths() {
        return defaults.includePaths();
    }

    public List<Path> quoteIncludePaths() {
        return defaults.quoteIncludePaths();
    }

    public Map<String, String> defines() {
        return defaults.defines();
    }

    public List<Path> forcedIncludes() {
        return defaults.forcedIncludes();
    }

    /**
     * Everything of this configuration that can change the facts of {@code unit}, as stable text: its flags,
     * the compiler's built-ins, the overrides, the lock configuration. Part of the cache key.
     */
    public String fingerprint(Path unit) {
        return fingerprint(flagsFor(unit));
    }

    /**
     * {@link #fingerprint} without the unit's macro definitions ({@code -D}, {@code -U}): what the run's header
     * function memo keys by, since its keys hold the definitions (command line's included) of the macros a function
     * names or expands. A tree that defines one macro per unit ({@code -D__OBJECT_LABEL__=unit.o}) would otherwise
     * give every unit its own configuration, and no header function would ever be shared.
     */
    public String memoFingerprint(Path unit) {
        UnitFlags f = flagsFor(unit);
        return fingerprint(new UnitFlags(f.includePaths(), f.quoteIncludePaths(), f.systemIncludePaths(), Map.of(),
                f.forcedIncludes(), f.std(), f.noStdInc()));
    }

    private String fingerprint(UnitFlags flags) {
        StringBuilder s = new StringBuilder();
        s.append("flags=").append(flags).append('\n');
        s.append("compiler=").append(compiler.compiler()).append(' ').append(compiler.version()).append(' ')
                .append(compiler.macros().hashCode()).append(compiler.systemIncludePaths()).append('\n');
        s.append("presets=").append(presets).append('\n');
        s.append("overrides=").append(overrides).append('\n');
        s.append("lockApi=").append(lockApiAdditions).append('\n');
        s.append("guards=").append(guards).append('\n');
        s.append("noreturn=").append(noReturnFunctions).append('\n');
        return s.toString();
    }

    public static final class Builder {
        private final UnitFlags.Builder defaults = new UnitFlags.Builder();
        private UnitFlags defaultsOverride = UnitFlags.EMPTY;
        private final Map<Path, UnitFlags> unitFlags = new LinkedHashMap<>();
        private CompilerInfo compiler = CompilerInfo.DEFAULT;
        private final List<String> presets = new ArrayList<>();
        private final List<JsonObject> lockApiAdditions = new ArrayList<>();
        private final Map<String, String> guards = new LinkedHashMap<>();
        private final List<JsonObject> suppressions = new ArrayList<>();
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private final List<String> noReturnFunctions = new ArrayList<>();
        private Path root;
        private Path compileCommands;
        private Path configFile;
        private Limits limits = Limits.DEFAULT;
        private JsonObject inference;

        public Builder inference(JsonObject o) {
            inference = o;
            return this;
        }

        public Builder limits(Limits l) {
            limits = l == null ? Limits.DEFAULT : l;
            return this;
        }

        public Builder includePath(Path p) {
            defaults.includePath(p.toAbsolutePath().normalize());
            return this;
        }

        public Builder quoteIncludePath(Path p) {
            defaults.quoteIncludePath(p.toAbsolutePath().normalize());
            return this;
        }

        public Builder define(String name, String value) {
            defaults.define(name, value);
            return this;
        }

        public Builder forcedInclude(Path p) {
            defaults.forcedInclude(p.toAbsolutePath().normalize());
            return this;
        }

        /** Replaces the default flags (units without a database entry). */
        public Builder defaults(UnitFlags flags) {
            defaultsOverride = flags;
            return this;
        }

        public Builder unit(Path file, UnitFlags flags) {
            unitFlags.put(file.toAbsolutePath().normalize(), flags);
            return this;
        }

        public Builder compiler(CompilerInfo c) {
            compiler = c;
            return this;
        }

        public Builder presets(List<String> p) {
            presets.clear();
            presets.addAll(p);
            return this;
        }

        public Builder lockApiAdditions(List<JsonObject> l) {
            lockApiAdditions.addAll(l);
            return this;
        }

        public Builder guards(Map<String, String> g) {
            guards.putAll(g);
            return this;
        }

        public Builder suppressions(List<JsonObject> s) {
            suppressions.addAll(s);
            return this;
        }

        /** User overrides: {@code "ASSERT(p)"} → {@code "my_assert(p)"}; they win over presets. */
        public Builder overrides(Map<String, String> o) {
            overrides.putAll(o);
            return this;
        }

        public Builder noReturnFunctions(List<String> n) {
            noReturnFunctions.addAll(n);
            return this;
        }

        public Builder root(Path r) {
            root = r;
            return this;
        }

        public Builder compileCommands(Path p) {
            compileCommands = p;
            return this;
        }

        public Builder configFile(Path p) {
            configFile = p;
            return this;
        }

        public TreeConfig build() {
            return new TreeConfig(this);
        }
    }
}
