package org.lockaudit.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;

/**
 * What the configured compiler predefines: its built-in macros ({@code gcc -dM -E -x c /dev/null}) and system
 * include directories ({@code gcc -E -x c -v /dev/null}). Probed once per compiler and run, and kept on disk in
 * the cache directory keyed by compiler path and version; {@link #DEFAULT} (x86_64 GCC 12-like) when no
 * compiler can be run.
 */
public record CompilerInfo(String compiler, String version, Map<String, String> macros, List<Path> systemIncludePaths,
        boolean probed) {

    private static final Map<String, CompilerInfo> MEMORY = new ConcurrentHashMap<>();

    public CompilerInfo {
        macros = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(macros));
        systemIncludePaths = List.copyOf(systemIncludePaths);
    }

    /** The built-in set used when no compiler is available: x86_64 Linux GCC 12, C17. */
    public static final CompilerInfo DEFAULT = new CompilerInfo("(built-in)", "12", defaultMacros(), List.of(), false);

    private static Map<String, String> defaultMacros() {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] d = {{"__GNUC__", "12"}, {"__GNUC_MINOR__", "2"}, {"__GNUC_PATCHLEVEL__", "0"},
                {"__STDC__", "1"}, {"__STDC_VERSION__", "201710L"}, {"__STDC_HOSTED__", "1"},
                {"__x86_64__", "1"}, {"__x86_64", "1"}, {"__amd64__", "1"}, {"__amd64", "1"}, {"__linux__", "1"},
                {"__linux", "1"}, {"__unix__", "1"}, {"__unix", "1"}, {"__gnu_linux__", "1"}, {"__ELF__", "1"},
                {"__LP64__", "1"}, {"_LP64", "1"}, {"__CHAR_BIT__", "8"}, {"__SIZEOF_INT__", "4"},
                {"__SIZEOF_LONG__", "8"}, {"__SIZEOF_LONG_LONG__", "8"}, {"__SIZEOF_SHORT__", "2"},
                {"__SIZEOF_POINTER__", "8"}, {"__SIZEOF_FLOAT__", "4"}, {"__SIZEOF_DOUBLE__", "8"},
                {"__SIZEOF_LONG_DOUBLE__", "16"}, {"__SIZEOF_SIZE_T__", "8"}, {"__SIZEOF_WCHAR_T__", "4"},
                {"__SIZEOF_WINT_T__", "4"}, {"__SIZEOF_PTRDIFF_T__", "8"}, {"__SIZEOF_INT128__", "16"},
                {"__BIGGEST_ALIGNMENT__", "16"}, {"__ORDER_LITTLE_ENDIAN__", "1234"},
                {"__ORDER_BIG_ENDIAN__", "4321"}, {"__ORDER_PDP_ENDIAN__", "3412"},
                {"__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__"}, {"__SIZE_TYPE__", "long unsigned int"},
                {"__PTRDIFF_TYPE__", "long int"}, {"__WCHAR_TYPE__", "int"}, {"__WINT_TYPE__", "unsigned int"},
                {"__INTMAX_TYPE__", "long int"}, {"__UINTMAX_TYPE__", "long unsigned int"},
                {"__INT8_TYPE__", "signed char"}, {"__INT16_TYPE__", "short int"}, {"__INT32_TYPE__", "int"},
                {"__INT64_TYPE__", "long int"}, {"__UINT8_TYPE__", "unsigned char"},
                {"__UINT16_TYPE__", "short unsigned int"}, {"__UINT32_TYPE__", "unsigned int"},
                {"__UINT64_TYPE__", "long unsigned int"}, {"__INTPTR_TYPE__", "long int"},
                {"__UINTPTR_TYPE__", "long unsigned int"}, {"__SCHAR_MAX__", "0x7f"}, {"__SHRT_MAX__", "0x7fff"},
                {"__INT_MAX__", "0x7fffffff"}, {"__LONG_MAX__", "0x7fffffffffffffffL"},
                {"__LONG_LONG_MAX__", "0x7fffffffffffffffLL"}, {"__SIZE_MAX__", "0xffffffffffffffffUL"},
                {"__ATOMIC_RELAXED", "0"}, {"__ATOMIC_CONSUME", "1"}, {"__ATOMIC_ACQUIRE", "2"},
                {"__ATOMIC_RELEASE", "3"}, {"__ATOMIC_ACQ_REL", "4"}, {"__ATOMIC_SEQ_CST", "5"},
                {"__OPTIMIZE__", "1"}, {"__SSE__", "1"}, {"__SSE2__", "1"}, {"__MMX__", "1"},
                {"__GCC_HAVE_SYNC_COMPARE_AND_SWAP_8", "1"}, {"__VERSION__", "\"12.2.0\""}};
        for (String[] kv : d) {
            m.put(kv[0], kv[1]);
        }
        return m;
    }

    /**
     * The built-ins of {@code compiler} (a name looked up on PATH, or a path), probed once per run and cached on
     * disk under {@code cacheDir} (may be null); {@link #DEFAULT} when it cannot be run.
     */
    public static CompilerInfo of(String compiler, Path cacheDir) {
        if (compiler == null || compiler.isBlank()) {
            compiler = "gcc";
        }
        return MEMORY.computeIfAbsent(compiler + "\0" + cacheDir, k -> probe(k.substring(0, k.indexOf('\0')), cacheDir));
    }

    private static CompilerInfo probe(String compiler, Path cacheDir) {
        Path exe = executable(compiler);
        if (exe == null) {
            return DEFAULT;
        }
        try {
            String version = run(List.of(exe.toString(), "-dumpfullversion", "-dumpversion"), false).strip();
            Path disk = null;
            if (cacheDir != null) {
                String key = sha256(exe + "\0" + version + "\0" + Files.size(exe) + "\0"
                        + Files.getLastModifiedTime(exe).toMillis());
                disk = cacheDir.resolve("compilers").resolve(key.substring(0, 24) + ".json");
                CompilerInfo cached = readDisk(disk);
                if (cached != null) {
                    return cached;
                }
            }
            Map<String, String> macros = parseMacros(run(List.of(exe.toString(), "-dM", "-E", "-x", "c", "/dev/null"),
                    false));
            List<Path> dirs = parseSearchDirs(run(List.of(exe.toString(), "-E", "-x", "c", "-v", "/dev/null"), true));
            if (macros.isEmpty()) {
                return DEFAULT;
            }
            CompilerInfo info = new CompilerInfo(exe.toString(), version, macros, dirs, true);
            if (disk != null) {
                writeDisk(disk, info);
            }
            return info;
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return DEFAULT;
        }
    }

    static Path executable(String compiler) {
        Path p = Path.of(compiler);
        if (compiler.contains("/")) {
            return Files.isExecutable(p) ? p.toAbsolutePath() : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path c = Path.of(dir.isEmpty() ? "." : dir, compiler);
            if (Files.isRegularFile(c) && Files.isExecutable(c)) {
                return c.toAbsolutePath();
            }
        }
        return null;
    }

    private static String run(List<String> cmd, boolean stderr) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (stderr) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("compiler probe timed out: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new IOException("compiler probe failed: " + cmd);
        }
        return out;
    }

    /** {@code #define NAME VALUE} lines to a map. */
    public static Map<String, String> parseMacros(String dM) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : dM.split("\n")) {
            if (!line.startsWith("#define ")) {
                continue;
            }
            String rest = line.substring(8);
            int sp = nameEnd(rest);
            String name = rest.substring(0, sp);
            m.put(name, sp < rest.length() ? rest.substring(sp + 1) : "");
        }
        return m;
    }

    private static int nameEnd(String rest) {
        int paren = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '(') {
                paren++;
            } else if (c == ')') {
                paren--;
            } else if (c == ' ' && paren == 0) {
                return i;
            }
        }
        return rest.length();
    }

    /** The directories between "#include <...> search starts here:" and "End of search list.". */
    public static List<Path> parseSearchDirs(String verbose) {
        List<Path> dirs = new ArrayList<>();
        boolean in = false;
        for (String line : verbose.split("\n")) {
            if (line.startsWith("#include <...> search starts here:")) {
                in = true;
            } else if (line.startsWith("End of search list.")) {
                in = false;
            } else if (in && line.startsWith(" ")) {
                String d = line.strip();
                if (d.endsWith("(framework directory)")) {
                    continue;
                }
                dirs.add(Path.of(d).normalize());
            }
        }
        return dirs;
    }

    private static CompilerInfo readDisk(Path disk) {
        try {
            JsonObject o = new Gson().fromJson(Files.readString(disk), JsonObject.class);
            Map<String, String> macros = new Gson().fromJson(o.get("macros"), new TypeToken<LinkedHashMap<String, String>>() {
            }.getType());
            List<String> dirs = new Gson().fromJson(o.get("systemIncludePaths"), new TypeToken<List<String>>() {
            }.getType());
            return new CompilerInfo(o.get("compiler").getAsString(), o.get("version").getAsString(), macros,
                    dirs.stream().map(Path::of).toList(), true);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void writeDisk(Path disk, CompilerInfo info) {
        try {
            Files.createDirectories(disk.getParent());
            JsonObject o = new JsonObject();
            o.addProperty("compiler", info.compiler);
            o.addProperty("version", info.version);
            o.add("macros", new Gson().toJsonTree(info.macros));
            o.add("systemIncludePaths", new Gson().toJsonTree(info.systemIncludePaths.stream().map(Path::toString)
                    .toList()));
            Path tmp = Files.createTempFile(disk.getParent(), disk.getFileName().toString(), ".tmp");
            Files.writeString(tmp, new Gson().toJson(o));
            Files.move(tmp, disk, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // The disk cache is an optimisation only.
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
