package org.lockaudit.core.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link DeclaredFacts} read from a header's declarations, once per run: a header's lines (for the comments on
 * struct members) and the guards a struct defined in a header declares. Both depend only on the header's text as
 * written (attributes and comments are read from the text, not from the preprocessed tokens), and a run reads each
 * header once, so every unit that meets the same struct at the same place gets the same guards. Thread-safe; one
 * instance per run ({@link HeaderFunctionMemo#declarations()}).
 */
public final class HeaderDeclarationMemo {
    /** One guard a struct member declares: {@code owner.field} guarded by {@code lock}, from an attribute or comment. */
    record Guard(String target, String lock, org.lockaudit.core.facts.DeclarationSource source, String file, int line) {
    }

    private final ConcurrentHashMap<String, List<String>> lines = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<Guard>> guards = new ConcurrentHashMap<>();

    /** The lines of {@code file} as read the first time it was asked for in this run (empty if unreadable). */
    List<String> lines(String file) {
        return lines.computeIfAbsent(file, HeaderDeclarationMemo::read);
    }

    /** The guards of the struct defined at {@code key} (file, offset, length), or null when not read yet. */
    List<Guard> guards(String key) {
        return guards.get(key);
    }

    void guards(String key, List<Guard> declared) {
        guards.putIfAbsent(key, List.copyOf(declared));
    }

    /** Lenient: a file that is not valid UTF-8 still has its comments (fuzz finding: it had no lines). */
    static List<String> read(String file) {
        try {
            return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
