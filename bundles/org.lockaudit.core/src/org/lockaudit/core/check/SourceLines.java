package org.lockaudit.core.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Source lines of the analysed files, read on demand (the facts carry no comments or statement text). */
public final class SourceLines {
    private final Map<String, List<String>> cache = new HashMap<>();

    /** Line {@code line} (1-based) of {@code file}, or "" if unreadable. */
    public String line(String file, int line) {
        List<String> lines = lines(file);
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    public List<String> lines(String file) {
        return cache.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                try {
                    return Files.readAllLines(Path.of(f), StandardCharsets.ISO_8859_1);
                } catch (IOException | RuntimeException e2) {
                    return List.of();
                }
            }
        });
    }

    /** Drops what was read of {@code file}, which changed (AnalysisSession keeps one instance across updates). */
    public void forget(String file) {
        cache.remove(file);
    }

    /** The statement text of a line: comments removed, blanks collapsed. */
    public static String normalisedStatement(String text) {
        String s = text.indexOf('/') < 0 ? text // perf: no comment possible
                : LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(text).replaceAll(" ")).replaceAll(" ");
        return BLANKS.matcher(s).replaceAll(" ").trim();
    }

    private static final java.util.regex.Pattern BLOCK_COMMENT = java.util.regex.Pattern.compile("/\\*.*?\\*/");
    private static final java.util.regex.Pattern LINE_COMMENT = java.util.regex.Pattern.compile("//.*$");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
}
