package org.lockaudit.core.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * The engine's identity for cache keys: the release version plus a stamp of the code that produced the facts
 * (the jar's size and time, or the newest class file of a development build), so a rebuilt extractor never
 * reads facts made by an older one.
 */
public final class EngineVersion {
    public static final String RELEASE = "0.1.0";
    private static volatile String current;

    private EngineVersion() {
    }

    public static String get() {
        String v = current;
        if (v == null) {
            current = v = RELEASE + "+" + stamp();
        }
        return v;
    }

    private static String stamp() {
        try {
            CodeSource cs = EngineVersion.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return "unknown";
            }
            Path p = Path.of(cs.getLocation().toURI());
            if (Files.isRegularFile(p)) {
                return Files.size(p) + "-" + Files.getLastModifiedTime(p).toMillis();
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p.resolve("org/lockaudit/core"))) {
                    return Long.toString(s.filter(Files::isRegularFile).mapToLong(f -> {
                        try {
                            return Files.getLastModifiedTime(f).toMillis() ^ Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    }).sum(), 36);
                }
            }
            return "unknown";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
