package org.lockaudit.core.frontend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.cdt.internal.core.parser.scanner.CharArray;
import org.lockaudit.core.cache.ContentHash;

/**
 * The texts of included files, read once per run and shared by every translation unit (and every parsing
 * thread). Each text is stored with the analysis overrides already appended where it names an overridden macro
 * (about one header in ten: the others would only re-install the same definitions, hundreds of directives per
 * unit); the content hash is of the file's
 * bytes as on disk. The text is also kept as one immutable CDT {@link CharArray} that every unit's preprocessor
 * reads: CDT hashes each included file's contents, and the array caches that hash, so it is computed once per
 * header and run instead of once per inclusion.
 */
public final class HeaderCache {
    /** A header as served to the preprocessor: on-disk hash, and text with the overrides appended. */
    public record Header(String path, String hash, char[] served, CharArray content) {
        public Header(String path, String hash, char[] served) {
            this(path, hash, served, new CharArray(served));
        }
    }

    private static final Header MISSING = new Header("", "", new char[0]);

    private final String suffix;
    private final java.util.Collection<String> names;
    private final ConcurrentHashMap<String, Header> headers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<IncludeClosure.Include>> includes = new ConcurrentHashMap<>();

    /** @param suffix text appended after every header (the override directives); may be empty */
    public HeaderCache(String suffix) {
        this(suffix, null);
    }

    /**
     * @param suffix text appended after a header that names one of {@code names} (the override directives and the
     *               macros they define: a header that never writes a name cannot define or undefine it, so the
     *               overrides hold after it without being installed again); null names: after every header
     */
    public HeaderCache(String suffix, java.util.Collection<String> names) {
        this.suffix = suffix.isEmpty() || suffix.endsWith("\n") ? suffix : suffix + "\n";
        this.names = names == null ? null : List.copyOf(names);
    }

    /** The header at {@code path}, or null when it is not a readable regular file. */
    public Header get(String path) {
        Header h = headers.computeIfAbsent(path, this::load);
        return h == MISSING ? null : h;
    }

    /** What {@code make} computes from the header at {@code path} (read), once per run: its include lines. */
    List<IncludeClosure.Include> includes(String path, java.util.function.Function<char[], List<IncludeClosure.Include>> make) {
        Header h = get(path);
        return h == null ? List.of() : includes.computeIfAbsent(path, p -> make.apply(h.served()));
    }

    /** How many distinct files were read. */
    public int size() {
        return headers.size();
    }

    private Header load(String path) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            return MISSING;
        }
        try {
            byte[] bytes = Files.readAllBytes(p);
            String text = new String(bytes, StandardCharsets.UTF_8);
            StringBuilder s = new StringBuilder(text.length() + suffix.length() + 1);
            s.append(text);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                s.append('\n');
            }
            if (names == null || names.stream().anyMatch(text::contains)) {
                s.append(suffix);
            }
            char[] served = new char[s.length()];
            s.getChars(0, s.length(), served, 0);
            return new Header(path, ContentHash.of(bytes), served);
        } catch (IOException | RuntimeException e) {
            return MISSING;
        }
    }
}
