package org.lockaudit.core.config;

import java.nio.file.Path;

/** A configuration the tool cannot use: bad JSON, unknown key or preset. Carries the file and position. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final int column;

    public ConfigException(Path file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code file:line:column: message}, compiler style. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file);
            if (line > 0) {
                s.append(':').append(line);
                if (column > 0) {
                    s.append(':').append(column);
                }
            }
            s.append(": ");
        }
        return s.append(getMessage()).toString();
    }
}
