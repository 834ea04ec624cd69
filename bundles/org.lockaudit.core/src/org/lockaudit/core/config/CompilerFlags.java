package org.lockaudit.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the preprocessor-relevant flags of a GCC/Clang command line; everything else is ignored. */
public final class CompilerFlags {
    private CompilerFlags() {
    }

    /**
     * @param args the arguments after the compiler name
     * @param dir  the directory relative paths are resolved against
     */
    public static UnitFlags parse(List<String> args, Path dir) {
        UnitFlags.Builder b = new UnitFlags.Builder();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String v;
            if ((v = value(args, i, a, "-I")) != null) {
                b.includePath(resolve(dir, v));
            } else if ((v = value(args, i, a, "-iquote")) != null) {
                b.quoteIncludePath(resolve(dir, v));
            } else if ((v = value(args, i, a, "-isystem")) != null || (v = value(args, i, a, "-idirafter")) != null) {
                b.systemIncludePath(resolve(dir, v));
            } else if ((v = value(args, i, a, "-D")) != null) {
                b.define(v);
            } else if ((v = value(args, i, a, "-U")) != null) {
                b.undefine(v);
            } else if ((v = value(args, i, a, "-include")) != null || (v = value(args, i, a, "-imacros")) != null) {
                // gcc looks in its working directory first, then along the include chain (frontend.ForcedIncludes)
                Path f = resolve(dir, v);
                b.forcedInclude(Path.of(v).isAbsolute() || java.nio.file.Files.exists(f) ? f : Path.of(v).normalize());
            } else if (a.startsWith("-std=")) {
                b.std(a.substring(5));
            } else if (a.equals("-nostdinc")) {
                b.noStdInc(true);
            } else {
                continue;
            }
            if (a.equals("-I") || a.equals("-iquote") || a.equals("-isystem") || a.equals("-idirafter")
                    || a.equals("-D") || a.equals("-U") || a.equals("-include") || a.equals("-imacros")) {
                i++;
            }
        }
        return b.build();
    }

    /** Value of {@code -Xvalue} or {@code -X value}, else null. */
    private static String value(List<String> args, int i, String a, String flag) {
        if (a.equals(flag)) {
            return i + 1 < args.size() ? args.get(i + 1) : null;
        }
        if (a.startsWith(flag) && flag.length() == 2) {
            return a.substring(2);
        }
        return null;
    }

    static Path resolve(Path dir, String p) {
        Path path = Path.of(p);
        return (path.isAbsolute() ? path : dir.resolve(path)).normalize();
    }

    /** Splits a shell command line into words: quotes ('', "") and backslash escapes as a POSIX shell does. */
    public static List<String> shellSplit(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                inWord = true;
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    end = command.length();
                }
                w.append(command, i + 1, end);
                i = end;
            } else if (c == '"') {
                inWord = true;
                for (i++; i < command.length() && command.charAt(i) != '"'; i++) {
                    char d = command.charAt(i);
                    if (d == '\\' && i + 1 < command.length() && "\\\"$`\n".indexOf(command.charAt(i + 1)) >= 0) {
                        d = command.charAt(++i);
                    }
                    w.append(d);
                }
            } else if (c == '\\' && i + 1 < command.length()) {
                inWord = true;
                w.append(command.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                inWord = true;
                w.append(c);
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
