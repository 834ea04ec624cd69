package org.lockaudit.core.report;

import java.nio.file.Path;

/** How reports show file names: relative to a base directory (the working directory) when below it. */
public final class ReportPaths {
    private final Path base;

    public ReportPaths(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    public static ReportPaths workingDirectory() {
        return new ReportPaths(Path.of(""));
    }

    public Path base() {
        return base;
    }

    public String display(String file) {
        if (file == null) {
            return "?";
        }
        try {
            Path p = Path.of(file).toAbsolutePath().normalize();
            String s = p.startsWith(base) ? base.relativize(p).toString() : p.toString();
            return s.replace('\\', '/');
        } catch (RuntimeException e) {
            return file;
        }
    }
}
