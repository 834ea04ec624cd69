package org.lockaudit.core.frontend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing the C files a test needs under its temporary folder. */
public final class SourceFiles {
    private SourceFiles() {
    }

    /** Writes {@code text} to {@code dir/rel}, creating the folders, and returns the file. */
    public static Path write(Path dir, String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
