package org.lockaudit.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link TreeConfig} and the list of translation units of a run from the paths to analyse and the
 * command-line settings: finds {@code compile_commands.json} and {@code lockaudit.json} in the first path or
 * any parent (unless given), merges them with the command line (which wins), probes the compiler.
 */
public final class TreeLoader {
    private TreeLoader() {
    }

    /** What the command line (or the IDE) says; null/empty fields mean "not given". */
    public record Request(List<Path> paths, UnitFlags flags, Path compileCommands, boolean noCompileCommands,
            Path configFile, List<String> presets, String compiler, Path cacheDir, boolean noCache) {
        public Request {
            paths = List.copyOf(paths);
            flags = flags == null ? UnitFlags.EMPTY : flags;
            presets = presets == null ? null : List.copyOf(presets);
        }

        public static Request of(List<Path> paths) {
            return new Request(paths, UnitFlags.EMPTY, null, false, null, null, null, null, false);
        }
    }

    /**
     * The result: configuration, translation units (absolute paths, deterministic order), the tree root, and the
     * facts cache directory (null with {@code noCache}).
     */
    public record Tree(TreeConfig config, List<Path> units, Path root, Path cacheDir) {
        public Tree {
            units = List.copyOf(units);
        }
    }

    public static Tree load(Request req) throws ConfigException {
        if (req.paths().isEmpty()) {
            throw new ConfigException(null, 0, 0, "no input: give at least one C file or directory");
        }
        List<Path> paths = new ArrayList<>();
        for (Path p : req.paths()) {
            Path abs = p.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                throw new ConfigException(p, 0, 0, "no such file or directory");
            }
            paths.add(abs);
        }
        Path start = Files.isDirectory(paths.get(0)) ? paths.get(0) : paths.get(0).getParent();

        Path dbFile = req.compileCommands() != null ? req.compileCommands().toAbsolutePath().normalize()
                : req.noCompileCommands() ? null : CompileCommands.find(start);
        if (req.compileCommands() != null && !Files.isRegularFile(dbFile)) {
            throw new ConfigException(req.compileCommands(), 0, 0, "compilation database not found");
        }
        CompileCommands db = dbFile == null ? null : CompileCommands.read(dbFile);

        Path cfgFile = req.configFile() != null ? req.configFile().toAbsolutePath().normalize()
                : ConfigFile.find(start);
        if (req.configFile() != null && !Files.isRegularFile(cfgFile)) {
            throw new ConfigException(req.configFile(), 0, 0, "configuration file not found");
        }
        ConfigFile cfg = cfgFile == null ? null : ConfigFile.read(cfgFile);

        if (req.presets() != null) {
            for (String p : req.presets()) {
                if (!AnalysisOverrides.PRESETS.contains(p)) {
                    throw new ConfigException(null, 0, 0, "unknown preset \"" + p + "\" (--preset); known presets: "
                            + String.join(", ", AnalysisOverrides.PRESETS.stream().sorted().toList()));
                }
            }
        }

        Path root = dbFile != null ? dbFile.getParent() : cfgFile != null ? cfgFile.getParent() : start;

        // Units: database entries under the given paths; every C file of a directory the database does not
        // cover; explicit files as given.
        Set<Path> units = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inDb = new ArrayList<>();
                if (db != null) {
                    db.entries().keySet().stream().filter(u -> u.startsWith(p)).sorted().forEach(inDb::add);
                }
                units.addAll(inDb.isEmpty() ? walk(p) : inDb);
            } else {
                units.add(p);
            }
        }

        String compilerName = req.compiler() != null ? req.compiler()
                : cfg != null && cfg.compiler() != null ? cfg.compiler()
                : db != null ? db.entries().values().stream().map(CompileCommands.Entry::compiler)
                        .filter(c -> c != null && CompilerInfo.executable(c) != null).findFirst().orElse("gcc")
                : "gcc";
        Path cacheDir = req.noCache() ? null
                : req.cacheDir() != null ? req.cacheDir().toAbsolutePath().normalize() : root.resolve(".lockaudit-cache");
        CompilerInfo compiler = CompilerInfo.of(compilerName, cacheDir);

        TreeConfig.Builder b = new TreeConfig.Builder().root(root).compileCommands(dbFile).configFile(cfgFile)
                .compiler(compiler);
        UnitFlags defaults = cfg != null ? cfg.flags() : UnitFlags.EMPTY;
        if (cfg == null && db == null && req.flags().includePaths().isEmpty()) {
            // Convenience for a bare tree: its include/ folder.
            UnitFlags.Builder conv = new UnitFlags.Builder();
            for (Path p : paths) {
                if (Files.isDirectory(p.resolve("include"))) {
                    conv.includePath(p.resolve("include"));
                }
            }
            defaults = conv.build();
        }
        b.defaults(defaults.overriddenBy(req.flags()));
        if (db != null) {
            for (Path u : units) {
                CompileCommands.Entry e = db.entries().get(u);
                if (e != null) {
                    b.unit(u, e.flags().overriddenBy(req.flags()));
                }
            }
        }
        if (cfg != null) {
            b.presets(cfg.presets()).lockApiAdditions(cfg.lockApiAdditions()).guards(cfg.guards())
                    .suppressions(cfg.suppressions()).overrides(cfg.overrides())
                    .noReturnFunctions(cfg.noReturnFunctions()).limits(cfg.limits()).inference(cfg.inference());
        }
        if (req.presets() != null && !req.presets().isEmpty()) {
            b.presets(req.presets());
        }
        TreeConfig config = b.build();
        try {
            config.lockApi();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(cfgFile, 0, 0, "lock API: " + e.getMessage());
        }
        return new Tree(config, new ArrayList<>(units), root, cacheDir);
    }

    /** Every {@code .c} file below {@code dir}, sorted, skipping hidden folders (.git, .lockaudit-cache). */
    static List<Path> walk(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && d.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && f.getFileName().toString().endsWith(".c")) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    /** The file {@code name} in {@code start} or the nearest parent folder that has one, else null. */
    public static Path findUpwards(Path start, String name) {
        for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path f = d.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }
}
