package org.lockaudit.core.frontend;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.cdt.internal.core.parser.scanner.CharArray;

/**
 * Header function bodies the run no longer needs to preprocess: once a unit has extracted a header's
 * {@code static inline} function (and {@code HeaderFunctionMemo} holds its facts under a key the next units can
 * compute without the body), later units are served that header with the body blanked out, so CDT neither expands
 * its macros nor parses its statements again. In a kernel, header inline bodies are where most of the macro
 * expansion happens: blanking them halves the parse of a typical unit.
 *
 * <p>A blanked body keeps its braces, its length and its newlines (every other character becomes a space), so every
 * offset and line of the header stays what it was. The unit's extraction recognises a blanked body by its range
 * ({@link IncludeProvider#elided()}) and takes the function's facts from the memo; when the memo has no entry for
 * the unit's macros, the unit is parsed again without blanking (see {@code FactsAnalysis}).
 *
 * <p>Thread-safe, one per run and memo configuration (see {@code SourceParser#elidedBodies}). A header's served text
 * changes only when a new body is registered; each version is one shared {@link CharArray} (CDT hashes it once).
 */
public final class ElidedBodies {
    /**
     * One version of a header: its text with the bodies in {@code ranges} blanked, made when {@code registered}
     * ranges were registered (some may not have applied).
     */
    public record Version(CharArray content, Set<Long> ranges, int registered) {
    }

    private final ConcurrentHashMap<String, Set<Long>> registered = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Version> versions = new ConcurrentHashMap<>();

    /** A range as one value: offset and length of a body, braces included. */
    public static long range(int offset, int length) {
        return (long) offset << 32 | length & 0xffffffffL;
    }

    /** Registers the body at [offset, offset + length) of {@code file} (braces included) as one to blank. */
    public void add(String file, int offset, int length) {
        Set<Long> s = registered.computeIfAbsent(file, k -> ConcurrentHashMap.newKeySet());
        if (s.add(range(offset, length))) {
            versions.remove(file); // rebuilt on next use
        }
    }

    /**
     * {@code header}'s text with every registered body blanked, or null when none is registered. A range that does
     * not hold a brace-delimited body of this text is ignored (never blanks anything else).
     */
    Version serve(HeaderCache.Header header) {
        Set<Long> now = registered.get(header.path());
        if (now == null || now.isEmpty()) {
            return null;
        }
        Version v = versions.get(header.path());
        if (v != null && v.registered() == now.size()) {
            return v; // ranges are only ever added: the same count is the same set
        }
        Set<Long> ranges = new TreeSet<>(now);
        v = blank(header, ranges, ranges.size());
        versions.put(header.path(), v);
        return v;
    }

    /**
     * As {@link #serve(HeaderCache.Header)}, but the bodies in {@code whole} (ranges; null: none) stay as written: a
     * unit whose macros differ in them parses them (see {@code FactsAnalysis}). Such a version is the unit's own.
     */
    Version serve(HeaderCache.Header header, Set<Long> whole) {
        Version v = serve(header);
        if (v == null || whole == null || java.util.Collections.disjoint(v.ranges(), whole)) {
            return v;
        }
        Set<Long> ranges = new TreeSet<>(v.ranges());
        ranges.removeAll(whole);
        return ranges.isEmpty() ? null : blank(header, ranges, v.registered());
    }

    private static Version blank(HeaderCache.Header header, Set<Long> ranges, int registered) {
        char[] text = Arrays.copyOf(header.served(), header.served().length);
        Set<Long> applied = new TreeSet<>();
        for (long r : ranges) {
            int offset = (int) (r >>> 32), length = (int) r;
            int end = offset + length - 1;
            if (offset < 0 || length < 2 || end >= text.length || text[offset] != '{' || text[end] != '}') {
                continue;
            }
            for (int i = offset + 1; i < end; i++) {
                if (text[i] != '\n' && text[i] != '\r') {
                    text[i] = ' ';
                }
            }
            applied.add(r);
        }
        return new Version(new CharArray(text), Set.copyOf(applied), registered);
    }
}
