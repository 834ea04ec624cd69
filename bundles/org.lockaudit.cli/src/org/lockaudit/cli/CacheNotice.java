package org.lockaudit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The facts cache ignores itself: a {@code .gitignore} of {@code *} in the cache directory, as other tools' caches
 * do, so it never shows in {@code git status}. Writing it is the first use of the directory, announced once.
 */
final class CacheNotice {
    static final String GITIGNORE = ".gitignore";

    private CacheNotice() {
    }

    static void announce(Path cacheDir) {
        if (cacheDir == null || !Files.isDirectory(cacheDir) || Files.exists(cacheDir.resolve(GITIGNORE))) {
            return;
        }
        try {
            Files.writeString(cacheDir.resolve(GITIGNORE), "# LockAudit's facts cache: safe to delete, never to commit\n*\n");
        } catch (IOException e) {
            return; // a read-only tree: the cache may still work, nothing to announce
        }
        System.err.println("lockaudit: facts cache created in " + cacheDir
                + " (it ignores itself for git; --cache-dir DIR to move it, --no-cache to do without)");
    }
}
