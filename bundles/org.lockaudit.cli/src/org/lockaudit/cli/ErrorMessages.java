package org.lockaudit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

import org.lockaudit.core.config.ConfigException;

/**
 * Turns a failure into the one line the command line prints after {@code lockaudit: }: what went wrong, where, and
 * what to do; never a Java class name.
 */
final class ErrorMessages {
    /** A qualified class name such as {@code java.nio.file.NoSuchFileException} or {@code com.google.gson.X$Y}, with its colon. */
    private static final Pattern CLASS_NAME = Pattern
            .compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error|Throwable)\\b:?\\s*");

    private ErrorMessages() {
    }

    static String of(Throwable ex) {
        if (ex instanceof ConfigException ce) {
            return ce.toString();
        }
        if (ex instanceof UsageError u) {
            return u.getMessage();
        }
        if (ex instanceof org.eclipse.core.runtime.OperationCanceledException) {
            return "cancelled";
        }
        if (ex instanceof FileSystemException fs) {
            return file(fs);
        }
        if (ex instanceof java.io.UncheckedIOException u && u.getCause() instanceof FileSystemException fs) {
            return file(fs);
        }
        if (ex instanceof IOException io) {
            return "input/output error: " + clean(io.getMessage());
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory; give the JVM more (JAVA_OPTS=-Xmx4g) or analyse fewer units at once";
        }
        return "internal error: " + clean(ex.getMessage())
                + " (set LOCKAUDIT_DEBUG=1 for the details, and please report it)";
    }

    private static String file(FileSystemException fs) {
        String what = fs instanceof NoSuchFileException ? "no such file or directory"
                : fs instanceof AccessDeniedException ? "permission denied"
                : fs instanceof NotDirectoryException ? "not a directory"
                : fs instanceof FileAlreadyExistsException ? "already exists"
                : fs instanceof DirectoryNotEmptyException ? "directory not empty"
                : fs.getReason() != null ? clean(fs.getReason()) : "cannot access";
        return (fs.getFile() != null ? fs.getFile() + ": " : "") + what;
    }

    /** The message's first line without Java class names; a placeholder when nothing is left. */
    static String clean(String message) {
        if (message == null) {
            return "unexpected failure";
        }
        String first = message.strip().lines().findFirst().orElse("");
        String s = CLASS_NAME.matcher(first).replaceAll("").strip();
        return s.isEmpty() ? "unexpected failure" : s;
    }

    /** A wrong use of the command (exit code 2) whose message is already meant for the user. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}
