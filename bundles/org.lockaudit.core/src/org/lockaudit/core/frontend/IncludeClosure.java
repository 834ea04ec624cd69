package org.lockaudit.core.frontend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lockaudit.core.config.CompilerInfo;
import org.lockaudit.core.config.UnitFlags;

/**
 * A unit's text with every header it can reach inlined where it is first included, textually: the input of
 * {@link MacroGuard}, so that a macro storm defined in a header and invoked anywhere is refused before CDT's
 * preprocessor (which cannot be interrupted) expands it.
 *
 * <p>Heuristic and its limits: conditionals are ignored (every reachable header and definition counts, which can
 * only over-estimate, as the guard itself does), a header is inlined once (include guards), computed includes
 * ({@code #include MACRO}) are skipped, and the text is bounded by {@code maxChars} (beyond it, headers are left
 * out). Headers come from the run's {@link HeaderCache}, so each file is read once per run.
 */
public final class IncludeClosure {
    private static final Pattern INCLUDE = Pattern.compile("^\\s*#\\s*include(?:_next)?\\s*([<\"])([^>\"]+)[>\"]");

    /**
     * One piece of the text: lines {@code [start, start + lines)} of it come from {@code file}, from
     * {@code firstLine}; {@code check} says whether the guard simulates its invocations (the unit's own text, and a
     * header the first time the run meets it).
     */
    public record Segment(String file, int firstLine, int start, int lines, boolean check) {
    }

    /**
     * The inlined text, where each of its lines comes from (and at which character each segment starts), and the headers whose invocations it simulates for the
     * first time in the run ({@code firstChecked}: to be recorded as checked once the guard passed them).
     */
    public record Text(char[] text, List<Segment> segments, int[] offsets, List<String> firstChecked) {
        /** Whether the guard simulates the invocations on line {@code line} of the text. */
        public boolean checked(int line) {
            int i = segmentOf(line);
            return i < 0 || segments.get(i).check(); // past the segments, or none: as at() answers
        }

        /** The file and line of line {@code line} (1-based) of the text (binary search: segments are in order). */
        public Segment at(int line) {
            int i = segmentOf(line);
            if (i >= 0) {
                Segment s = segments.get(i);
                return new Segment(s.file(), s.firstLine() + (line - s.start()), line, 1, s.check());
            }
            return segments.isEmpty() ? null : new Segment(segments.get(0).file(), line, line, 1, true);
        }

        /** The index of the segment holding line {@code line} of the text, or -1. */
        private int segmentOf(int line) {
            int lo = 0, hi = segments.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Segment s = segments.get(mid);
                if (line < s.start()) {
                    hi = mid - 1;
                } else if (line >= s.start() + s.lines()) {
                    lo = mid + 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }
    }

    private final HeaderCache headers;
    private final java.util.Set<String> checkedHeaders;
    private final List<Path> quoteDirs = new ArrayList<>();
    private final List<Path> angleDirs = new ArrayList<>();
    private final long maxChars;
    private final StringBuilder out = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final List<String> firstChecked = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int line = 1;

    private IncludeClosure(HeaderCache headers, java.util.Set<String> checkedHeaders, UnitFlags flags,
            CompilerInfo compiler, long maxChars) {
        this.headers = headers;
        this.checkedHeaders = checkedHeaders;
        this.maxChars = maxChars;
        angleDirs.addAll(flags.includePaths());
        angleDirs.addAll(flags.systemIncludePaths());
        if (!flags.noStdInc()) {
            angleDirs.addAll(compiler.systemIncludePaths());
        }
        quoteDirs.addAll(flags.quoteIncludePaths());
        quoteDirs.addAll(angleDirs);
    }

    /**
     * @param checkedHeaders the headers whose invocations this run already had simulated and found within the budget
     *                       (read only: the caller adds {@link Text#firstChecked()} once the guard passed them, so a
     *                       header holding a storm is simulated, and refused, in every unit that reaches it)
     */
    static Text of(Path unit, char[] text, HeaderCache headers, java.util.Set<String> checkedHeaders, UnitFlags flags,
            CompilerInfo compiler, long maxChars) {
        IncludeClosure c = new IncludeClosure(headers, checkedHeaders, flags, compiler, maxChars);
        c.seen.add(unit.toString());
        for (Path forced : ForcedIncludes.of(flags, compiler)) {
            c.header(forced.toAbsolutePath().normalize().toString());
        }
        c.expand(unit, text, includes(text), true);
        char[] all = new char[c.out.length()];
        c.out.getChars(0, all.length, all, 0);
        int[] offsets = c.offsets.stream().mapToInt(Integer::intValue).toArray();
        return new Text(all, List.copyOf(c.segments), offsets, List.copyOf(c.firstChecked));
    }

    /** An include line of a header: its index (0-based), first character, and what it names. */
    record Include(int line, int start, boolean quoted, String name) {
    }

    /** The include lines of a header's text, found once per run ({@link HeaderCache#includes}). */
    static List<Include> includes(char[] text) {
        List<Include> r = new ArrayList<>();
        int n = text.length, i = 0, index = 0;
        while (i < n) {
            int end = i;
            while (end < n && text[end] != '\n') {
                end++;
            }
            Matcher m = hasHash(text, i, end) ? INCLUDE.matcher(new String(text, i, end - i)) : null;
            if (m != null && m.find()) {
                r.add(new Include(index, i, m.group(1).equals("\""), m.group(2).trim()));
            }
            index++;
            i = end + 1;
        }
        return List.copyOf(r);
    }

    /**
     * {@code text} of {@code file} (the unit, or a header whose include lines are found once per run), each include
     * line not yet seen followed by the included header's closure, recorded as segments of this file between them.
     */
    private void expand(Path file, char[] text, List<Include> includes, boolean check) {
        String name = file.toString();
        int n = text.length;
        int pos = 0, fileLine = 1;
        int segStartFileLine = 1, segStart = line, segOffset = out.length();
        for (Include inc : includes) {
            out.append(text, pos, inc.start() - pos);
            line += inc.line() + 1 - fileLine;
            fileLine = inc.line() + 1;
            pos = inc.start();
            Path target = resolve(file, inc.quoted(), inc.name());
            if (target != null && !seen.contains(target.toString()) && out.length() < maxChars) {
                close(name, segStartFileLine, segStart, segOffset, check);
                header(target.toString());
                segStart = line;
                segOffset = out.length();
                segStartFileLine = fileLine;
            }
        }
        int lines = 0;
        for (int k = pos; k < n; k++) {
            if (text[k] == '\n') {
                lines++;
            }
        }
        out.append(text, pos, n - pos);
        if (n > 0 && text[n - 1] != '\n') {
            out.append('\n');
            lines++;
        }
        line += lines;
        close(name, segStartFileLine, segStart, segOffset, check);
    }

    /** Whether {@code text[from, to)} holds a '#' (only such a line can be an include: no string made for others). */
    private static boolean hasHash(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text[k] == '#') {
                return true;
            }
        }
        return false;
    }

    private void close(String file, int firstLine, int start, int offset, boolean check) {
        if (line > start) {
            segments.add(new Segment(file, firstLine, start, line - start, check));
            offsets.add(offset);
        }
    }

    private void header(String path) {
        if (!seen.add(path) || out.length() >= maxChars) {
            return;
        }
        HeaderCache.Header h = headers.get(path);
        if (h != null) {
            boolean first = !checkedHeaders.contains(path);
            if (first) {
                firstChecked.add(path);
            }
            expand(Path.of(path), h.served(), headers.includes(path, IncludeClosure::includes), first);
        }
    }

    private Path resolve(Path includer, boolean quoted, String name) {
        if (name.startsWith("/")) {
            return headers.get(name) != null ? Path.of(name) : null;
        }
        List<Path> dirs = new ArrayList<>();
        if (quoted && includer.getParent() != null) {
            dirs.add(includer.getParent());
        }
        dirs.addAll(quoted ? quoteDirs : angleDirs);
        for (Path d : dirs) {
            Path p = d.resolve(name).toAbsolutePath().normalize();
            if (seen.contains(p.toString()) || headers.get(p.toString()) != null) {
                return p;
            }
        }
        return null;
    }
}
