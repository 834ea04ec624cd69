package org.lockaudit.core.frontend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Estimates, before CDT sees a file, how many tokens its largest macro invocation expands to, so a macro storm
 * ({@code #define A1 A0 A0}, ..., or {@code F(F(F(...)))} with a parameter used twice) is refused instead of
 * sending CDT's preprocessor into an expansion that neither finishes nor can be interrupted (its macro expander
 * never checks for cancellation, and a Java thread cannot be stopped).
 *
 * <p>A simplified preprocessor that only counts: {@code #define}/{@code #undef} in file order (conditionals are
 * ignored, so every definition counts: an over-estimate at worst), object-like and function-like macros with
 * arguments pre-expanded and substituted, rescanning with the macro disabled as C requires. Work is capped, so the
 * estimate itself is linear in the cap. Macros defined in headers are not seen: the unit time budget covers those.
 */
public final class MacroGuard {
    /** The largest invocation found over the budget, or null when within it. */
    public record Storm(String macro, int line, long tokens) {
    }

    private static final class TooBig extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooBig() {
            super(null, null, false, false);
        }
    }

    private record Macro(String name, List<String> params, List<String> body) {
        boolean functionLike() {
            return params != null;
        }
    }

    private final long cap;
    private final Map<String, Macro> macros = new HashMap<>();
    private long work;
    private java.util.function.IntPredicate invocations = line -> true;

    private MacroGuard(long cap) {
        this.cap = cap;
    }

    /** The first invocation in {@code text} expanding to more than {@code maxTokens} tokens, or null. */
    public static Storm check(char[] text, long maxTokens) {
        return check(text, maxTokens, line -> true);
    }

    /**
     * As {@link #check(char[], long)}, simulating the invocations only on the lines {@code invocations} accepts;
     * the definitions of every line count (a header already checked in this run contributes its macros, and its own
     * invocations are not simulated again).
     */
    public static Storm check(char[] text, long maxTokens, java.util.function.IntPredicate invocations) {
        if (maxTokens <= 0) {
            return null;
        }
        try {
            MacroGuard g = new MacroGuard(maxTokens);
            g.invocations = invocations;
            return g.scan(text);
        } catch (StackOverflowError e) {
            return null; // extreme nesting: the parser's own stack guard reports it
        }
    }

    /** A header's logical lines as the guard reads them, made once per header and run (see {@link #check(IncludeClosure.Text, long, java.util.function.Function)}). */
    public static final class Digest {
        /** Each logical line's first physical line (1-based, ascending) and the line after its last. */
        private final int[] start, next;
        /** The tokens of each line the guard reads on a line it does not simulate (a directive), else null. */
        private final List<List<String>> tokens;

        private Digest(int[] start, int[] next, List<List<String>> tokens) {
            this.start = start;
            this.next = next;
            this.tokens = tokens;
        }

        /** The digest of a header's text (as {@link IncludeClosure} lays it out: a last line ends the text). */
        public static Digest of(char[] text) {
            MacroGuard g = new MacroGuard(1);
            g.invocations = line -> false;
            List<int[]> lines = new ArrayList<>();
            List<List<String>> toks = new ArrayList<>();
            g.digest = (startLine, nextLine, t) -> { // nextLine -1: the text ended inside the line
                lines.add(new int[] {startLine, nextLine});
                toks.add(t == null ? null : List.copyOf(t));
            };
            g.range(text, 0, text.length, 1);
            int[] start = new int[lines.size()], next = new int[lines.size()];
            for (int k = 0; k < start.length; k++) {
                start[k] = lines.get(k)[0];
                next[k] = lines.get(k)[1];
            }
            return new Digest(start, next, toks);
        }

        /** The index of the logical line starting at physical line {@code line}, or -1. */
        int at(int line) {
            int k = java.util.Arrays.binarySearch(start, line);
            return k < 0 ? -1 : k;
        }
    }

    private interface DigestSink {
        void line(int startLine, int nextLine, List<String> tokens);
    }

    /** The segmented reading could not follow the text (a comment or continuation across a header boundary). */
    private static final class Ragged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Ragged() {
            super(null, null, false, false);
        }
    }

    private final List<String> line = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private int pendingLine = 1, pendingDepth = 0;
    /** While a {@link Digest} is made: receives every logical line. */
    private DigestSink digest;
    /** Whether the last {@link #range} ended at the end of a logical line. */
    private boolean terminated;

    /**
     * As {@link #check(char[], long, java.util.function.IntPredicate)} on {@code reachable}'s text with its
     * {@link IncludeClosure.Text#checked} lines, the same answer, but a header whose invocations are not simulated is
     * not read again: its directives come from its {@link Digest} ({@code digests}, by path, kept by the caller for
     * the run). Where the text cannot be read segment by segment (a logical line across a segment's boundary), it is
     * read whole.
     */
    public static Storm check(IncludeClosure.Text reachable, long maxTokens,
            java.util.function.Function<String, Digest> digests) {
        if (maxTokens <= 0) {
            return null;
        }
        try {
            MacroGuard g = new MacroGuard(maxTokens);
            return g.segments(reachable, digests);
        } catch (Ragged e) {
            return check(reachable.text(), maxTokens, reachable::checked);
        } catch (StackOverflowError e) {
            return null; // extreme nesting: the parser's own stack guard reports it
        }
    }

    private Storm segments(IncludeClosure.Text reachable, java.util.function.Function<String, Digest> digests) {
        char[] text = reachable.text();
        List<IncludeClosure.Segment> segs = reachable.segments();
        int[] offsets = reachable.offsets();
        int expectLine = 1;
        if (offsets.length != segs.size() || !segs.isEmpty() && offsets[0] != 0) {
            throw new Ragged();
        }
        for (int k = 0; k < segs.size(); k++) {
            IncludeClosure.Segment seg = segs.get(k);
            if (seg.start() != expectLine) {
                throw new Ragged();
            }
            expectLine = seg.start() + seg.lines();
            Digest d = seg.check() ? null : digests.apply(seg.file());
            if (d == null) {
                // read as the whole text is: a segment not simulated without a digest keeps its directives only
                invocations = seg.check() ? line -> true : line -> false;
                int to = k + 1 < segs.size() ? offsets[k + 1] : text.length;
                Storm s = range(text, offsets[k], to, seg.start());
                if (s != null) {
                    return s;
                }
                if (!terminated && to > offsets[k]) {
                    throw new Ragged();
                }
                continue;
            }
            int i = d.at(seg.firstLine());
            int end = seg.firstLine() + seg.lines();
            if (i < 0) {
                throw new Ragged();
            }
            for (; i < d.start.length && d.start[i] < end; i++) {
                if (d.next[i] > end || d.next[i] < 0) {
                    throw new Ragged();
                }
                List<String> t = d.tokens.get(i);
                if (t != null) {
                    Storm s = process(t, seg.start() + d.start[i] - seg.firstLine());
                    if (s != null) {
                        return s;
                    }
                }
            }
            if (i == 0 || d.next[i - 1] != end) {
                throw new Ragged();
            }
        }
        return flush(pending, pendingLine);
    }

    private Storm scan(char[] text) {
        Storm s = range(text, 0, text.length, 1);
        return s != null ? s : flush(pending, pendingLine);
    }

    /** Reads the logical lines of {@code text[from, to)}, the first on line {@code lineNo}. */
    private Storm range(char[] text, int from, int to, int lineNo) {
        int i = from, n = to;
        terminated = true;
        while (i < n) {
            // One logical line (continuations joined), comments removed.
            // A line whose invocations are not simulated only matters when it is a directive: its characters are
            // kept only while that is undecided (blanks) or once its first character is '#'.
            StringBuilder logical = new StringBuilder();
            int startLine = lineNo;
            boolean checked = invocations.test(startLine);
            boolean decided = checked, keep = true;
            boolean inBlockComment = false;
            terminated = false;
            while (i < n) {
                char c = text[i];
                if (inBlockComment) {
                    if (c == '*' && i + 1 < n && text[i + 1] == '/') {
                        inBlockComment = false;
                        i += 2;
                        if (keep) {
                            logical.append(' ');
                        }
                        continue;
                    }
                    if (c == '\n') {
                        lineNo++;
                    }
                    i++;
                    continue;
                }
                if (c == '\\' && i + 1 < n && text[i + 1] == '\n') {
                    i += 2;
                    lineNo++;
                    continue;
                }
                if (c == '/' && i + 1 < n && text[i + 1] == '*') {
                    inBlockComment = true;
                    i += 2;
                    continue;
                }
                if (c == '/' && i + 1 < n && text[i + 1] == '/') {
                    while (i < n && text[i] != '\n') {
                        i++;
                    }
                    continue;
                }
                if (c == '\n') {
                    terminated = true;
                    break;
                }
                if (!decided && c != ' ' && c != '\t') {
                    decided = true;
                    keep = c == '#';
                }
                if (keep) {
                    logical.append(c);
                }
                i++;
            }
            i++;
            lineNo++;
            line.clear();
            if (!checked && !(decided && keep)) {
                if (digest != null) {
                    digest.line(startLine, terminated ? lineNo : -1, null);
                }
                continue; // a line whose invocations are not simulated: only its definitions would matter
            }
            tokenize(logical, line);
            if (digest != null) {
                digest.line(startLine, terminated ? lineNo : -1, line);
                continue;
            }
            Storm s = process(line, startLine);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** One logical line's tokens: a directive, or text whose invocations are simulated. */
    private Storm process(List<String> toks, int startLine) {
        if (!toks.isEmpty() && toks.get(0).equals("#")) {
            Storm s = flush(pending, pendingLine);
            if (s != null) {
                return s;
            }
            pending.clear();
            pendingDepth = 0;
            return directive(toks, startLine);
        } else if (!toks.isEmpty()) {
            if (pending.isEmpty()) {
                pendingLine = startLine;
            }
            pending.addAll(toks);
            pendingDepth += depthChange(toks);
            if (pending.size() > 4096 && pendingDepth <= 0) {
                Storm s = flush(pending, pendingLine);
                if (s != null) {
                    return s;
                }
                pending.clear();
                pendingDepth = 0;
            }
        }
        return null;
    }

    /** Parentheses opened minus closed in {@code toks}: text inside an argument list must stay together. */
    private static int depthChange(List<String> toks) {
        int depth = 0;
        for (String t : toks) {
            if (t.equals("(") || t.equals("(!")) {
                depth++;
            } else if (t.equals(")")) {
                depth--;
            }
        }
        return depth;
    }

    private Storm directive(List<String> toks, int line) {
        if (toks.size() < 2) {
            return null;
        }
        String d = toks.get(1);
        if (d.equals("define") && toks.size() >= 3 && isIdent(toks.get(2))) {
            String name = toks.get(2);
            List<String> params = null;
            int body = 3;
            // Function-like only when '(' follows the name without a space: the tokenizer marks that as "(!".
            if (toks.size() > 3 && toks.get(3).equals("(!")) {
                params = new ArrayList<>();
                int j = 4;
                boolean expectName = true;
                while (j < toks.size() && !toks.get(j).equals(")")) {
                    String t = toks.get(j);
                    if (expectName && (isIdent(t) || t.equals("..."))) {
                        params.add(t);
                        expectName = false;
                    } else if (!expectName && t.equals(",")) {
                        expectName = true;
                    } else {
                        macros.remove(name); // malformed parameter list: the preprocessor rejects the definition
                        return null;
                    }
                    j++;
                }
                if (j >= toks.size()) {
                    macros.remove(name);
                    return null;
                }
                body = j + 1;
            }
            List<String> b = new ArrayList<>();
            for (int j = body; j < toks.size(); j++) {
                b.add(toks.get(j).equals("(!") ? "(" : toks.get(j));
            }
            macros.put(name, new Macro(name, params, b));
        } else if (d.equals("undef") && toks.size() >= 3) {
            macros.remove(toks.get(2));
        } else if (d.equals("if") || d.equals("elif")) {
            return flush(new ArrayList<>(toks.subList(2, toks.size())), line);
        }
        return null;
    }

    private Storm flush(List<String> toks, int line) {
        if (toks.isEmpty()) {
            return null;
        }
        List<String> in = new ArrayList<>(toks.size());
        for (String t : toks) {
            in.add(t.equals("(!") ? "(" : t);
        }
        for (int i = 0; i < in.size(); i++) {
            String t = in.get(i);
            Macro m = macros.get(t);
            if (m == null) {
                continue;
            }
            work = 0;
            int end = i + 1;
            try {
                List<String> invocation = new ArrayList<>();
                invocation.add(t);
                if (m.functionLike()) {
                    end = closing(in, i + 1);
                    if (end < 0) {
                        continue;
                    }
                    invocation.addAll(in.subList(i + 1, end));
                }
                expand(invocation, new HashSet<>());
            } catch (TooBig e) {
                return new Storm(t, line, cap);
            }
            i = end - 1;
        }
        return null;
    }

    /** Index just after the ')' closing the argument list that starts at {@code open}, or -1. */
    private int closing(List<String> toks, int open) {
        if (open >= toks.size() || !toks.get(open).equals("(")) {
            return -1;
        }
        int depth = 0;
        for (int j = open; j < toks.size() && j - open < 1_000_000; j++) {
            tick();
            if (toks.get(j).equals("(")) {
                depth++;
            } else if (toks.get(j).equals(")") && --depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    private List<String> expand(List<String> in, Set<String> active) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            tick();
            String t = in.get(i);
            Macro m = macros.get(t);
            if (m == null || active.contains(t)) {
                emit(out, t);
                continue;
            }
            List<String> replaced;
            if (m.functionLike()) {
                int end = closing(in, i + 1);
                if (end < 0) {
                    emit(out, t);
                    continue;
                }
                List<List<String>> args = arguments(in.subList(i + 2, end - 1));
                Map<String, List<String>> expandedArgs = new HashMap<>();
                for (int a = 0; a < m.params().size() && a < args.size(); a++) {
                    String p = m.params().get(a);
                    if (p.equals("...")) {
                        List<String> rest = new ArrayList<>();
                        for (int r = a; r < args.size(); r++) {
                            if (r > a) {
                                rest.add(",");
                            }
                            rest.addAll(args.get(r));
                        }
                        expandedArgs.put("__VA_ARGS__", expand(rest, active));
                        break;
                    }
                    expandedArgs.put(p, expand(args.get(a), active));
                }
                replaced = new ArrayList<>();
                for (String b : m.body()) {
                    List<String> arg = expandedArgs.get(b);
                    if (arg != null) {
                        for (String x : arg) {
                            emit(replaced, x);
                        }
                    } else {
                        emit(replaced, b);
                    }
                }
                i = end - 1;
            } else {
                replaced = m.body();
            }
            Set<String> inner = new HashSet<>(active);
            inner.add(t);
            for (String x : expand(replaced, inner)) {
                emit(out, x);
            }
        }
        return out;
    }

    private static List<List<String>> arguments(List<String> toks) {
        List<List<String>> args = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        int depth = 0;
        for (String t : toks) {
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth--;
            } else if (t.equals(",") && depth == 0) {
                args.add(cur);
                cur = new ArrayList<>();
                continue;
            }
            cur.add(t);
        }
        args.add(cur);
        return args;
    }

    private void emit(List<String> out, String t) {
        out.add(t);
        if (out.size() > cap) {
            throw new TooBig();
        }
    }

    private void tick() {
        if (++work > cap * 8) {
            throw new TooBig();
        }
    }

    private static boolean isIdent(String t) {
        return !t.isEmpty() && (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_');
    }

    /** Identifiers, numbers, literals and punctuators; a '(' glued to the preceding identifier is "(!". */
    private static void tokenize(CharSequence s, List<String> out) {
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c) || c == '_' || c == '$') {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
                    i++;
                }
                out.add(s.subSequence(start, i).toString());
                if (i < n && s.charAt(i) == '(') {
                    out.add("(!");
                    i++;
                }
                continue;
            }
            if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                out.add("0");
                continue;
            }
            if (c == '"' || c == '\'') {
                i++;
                while (i < n && s.charAt(i) != c) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.add("\"\"");
                continue;
            }
            if (c == '.' && i + 2 < n && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.') {
                out.add("...");
                i += 3;
                continue;
            }
            if (c == '#' && i + 1 < n && s.charAt(i + 1) == '#') {
                out.add("##");
                i += 2;
                continue;
            }
            out.add(String.valueOf(c));
            i++;
        }
    }
}
