package org.lockaudit.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A structured mutator for C sources: edits that keep most of a valid file and break one thing the way real (or
 * hostile) code does. Works on bytes as ISO-8859-1 text, so invalid UTF-8 and NUL bytes survive. Every random
 * choice comes from a {@link Choices}, so the same mutator serves a seeded random run and Jazzer's
 * coverage-guided input (its bytes then steer the edits).
 */
public final class CMutator {
    /** Where the mutator's decisions come from. */
    public interface Choices {
        /** A number in [0, bound). */
        int next(int bound);

        static Choices of(Random r) {
            return bound -> bound <= 1 ? 0 : r.nextInt(bound);
        }
    }

    /** Size above which growing edits are skipped (keeps executions fast; huge literals are their own edit). */
    static final int SOFT_MAX = 64 << 10;

    static final String[] TOKENS = {"{", "}", "(", ")", "[", "]", ";", ",", "*", "&", "->", ".", "=", "==", "!", "?",
        ":", "#", "##", "\\\n", "/*", "*/", "//", "\"", "'", "\n#if 1\n", "\n#if 0\n", "\n#else\n", "\n#endif\n",
        "\n#elif 1\n", "\n#include \"fuzz.c\"\n", "\n#include <missing.h>\n", "\n#define X X X\n", "\n#undef X\n",
        "\n#error fuzz\n", "\n#pragma once\n", "spin_lock(&l);", "spin_unlock(&l);", "spin_lock_irqsave(&l, f);",
        "spin_unlock_irqrestore(&l, f);", "mutex_lock(&m);", "mutex_unlock(&m);", "pthread_mutex_lock(&pm);",
        "pthread_mutex_unlock(&pm);", "if (spin_trylock(&l))", "read_lock(&rw);", "write_unlock(&rw);",
        "goto out;", "out:", "return 0;", "return;", "if (x)", "else", "while (1)", "for (;;)", "do {", "} while (0);",
        "switch (x) { case 1:", "default:", "break;", "continue;", "__attribute__((noreturn))", "asm goto(\"\" :::: out);",
        "({", "})", "static", "struct s", "typedef int T;", "sizeof", "_Generic(x, int: 1)", "__typeof__(x)",
        "ASSERT(x);", "BUG();", "panic(\"x\");", "f(g(h()));", "p->q->r = 1;", "a[i].b = c;", "&&", "||", "<<=",
        "0x7fffffffffffffff", "1e999", "'\\0'", "L\"w\"", "u8\"x\"", "...", "__VA_ARGS__", "#x", "a ## b", "??=",
        "\u00e9", "\t", "\r", "\r\n"};

    private final Choices c;

    public CMutator(Choices c) {
        this.c = c;
    }

    /** {@code rounds} edits of {@code seed}, with material spliced from {@code others}. */
    public byte[] mutate(byte[] seed, List<byte[]> others, int rounds) {
        String s = new String(seed, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < rounds; i++) {
            s = once(s, others);
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One edit. */
    String once(String s, List<byte[]> others) {
        int op = c.next(20);
        List<int[]> toks = tokens(s);
        switch (op) {
            case 0: // delete a token
            case 1:
                if (!toks.isEmpty()) {
                    int[] t = toks.get(c.next(toks.size()));
                    return s.substring(0, t[0]) + s.substring(t[1]);
                }
                return s;
            case 2: { // duplicate a token
                if (toks.isEmpty() || s.length() > SOFT_MAX) {
                    return s;
                }
                int[] t = toks.get(c.next(toks.size()));
                return s.substring(0, t[1]) + " " + s.substring(t[0], t[1]) + s.substring(t[1]);
            }
            case 3: { // swap two tokens
                if (toks.size() < 2) {
                    return s;
                }
                int[] a = toks.get(c.next(toks.size())), b = toks.get(c.next(toks.size()));
                if (a[0] > b[0]) {
                    int[] x = a;
                    a = b;
                    b = x;
                }
                if (a[1] > b[0]) {
                    return s;
                }
                return s.substring(0, a[0]) + s.substring(b[0], b[1]) + s.substring(a[1], b[0])
                        + s.substring(a[0], a[1]) + s.substring(b[1]);
            }
            case 4: // insert a C token or idiom
            case 5:
                return insert(s, toks, TOKENS[c.next(TOKENS.length)]);
            case 6: { // unbalance braces
                List<Integer> braces = new ArrayList<>();
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) == '{' || s.charAt(i) == '}') {
                        braces.add(i);
                    }
                }
                if (!braces.isEmpty() && c.next(2) == 0) {
                    int i = braces.get(c.next(braces.size()));
                    return s.substring(0, i) + s.substring(i + 1);
                }
                return insert(s, toks, c.next(2) == 0 ? "{" : "}");
            }
            case 7: // unbalance #if
                return atLineStart(s, new String[] {"#if 1\n", "#if 0\n", "#endif\n", "#else\n", "#ifdef X\n",
                    "#elif\n", "#if (\n", "#if 1/0\n"}[c.next(8)]);
            case 8: // truncate
                return s.isEmpty() ? s : s.substring(0, c.next(s.length()));
            case 9: { // a huge literal
                int n = 1 << (10 + c.next(8)); // 1 KiB .. 128 KiB
                String body = "A".repeat(n);
                String lit = switch (c.next(4)) {
                    case 0 -> "\"" + body + "\"";
                    case 1 -> "9".repeat(n);
                    case 2 -> "'" + body + "'";
                    default -> "0x" + "f".repeat(n);
                };
                return insert(s, toks, lit);
            }
            case 10: { // recursive or exploding macros
                int depth = 1 + c.next(30);
                StringBuilder m = new StringBuilder("\n");
                switch (c.next(4)) {
                    case 0 -> m.append("#define R R\n#define S(x) S(x) x\nint r = R + S(1);\n");
                    case 1 -> {
                        m.append("#define E0 x,x\n");
                        for (int i = 1; i <= depth; i++) {
                            m.append("#define E").append(i).append(" E").append(i - 1).append(" , E").append(i - 1)
                                    .append('\n');
                        }
                        m.append("int e[] = { E").append(depth).append(" };\n");
                    }
                    case 2 -> {
                        m.append("#define D(x) x, x\nint d[] = { ").append("D(".repeat(depth)).append('1')
                                .append(")".repeat(depth)).append(" };\n");
                    }
                    default -> m.append("#define L(a, b) L(b, a) a\n#define spin_lock(x) spin_lock(x)\n");
                }
                return atLineStart(s, m.toString());
            }
            case 11: { // deep nesting around a statement
                if (s.length() > SOFT_MAX) {
                    return s;
                }
                int depth = 1 << c.next(12); // 1 .. 2048
                String[][] wrap = {{"{", "}"}, {"if (x) {", "}"}, {"(", ")"}, {"while (x) {", "}"},
                    {"switch (x) { case 0:", "}"}, {"({", "; })"}};
                String[] w = wrap[c.next(wrap.length)];
                if (toks.isEmpty()) {
                    return w[0].repeat(depth) + w[1].repeat(depth);
                }
                int[] t = toks.get(c.next(toks.size()));
                return s.substring(0, t[0]) + w[0].repeat(depth) + s.substring(t[0], t[1]) + w[1].repeat(depth)
                        + s.substring(t[1]);
            }
            case 12: { // invalid UTF-8
                String[] bad = {"\u00c3\u0028", "\u00ff", "\u00ed\u00a0\u0080", "\u00f0\u0028\u008c\u0028", "\u00c0\u00af",
                    "\u00fe\u00fe\u00ff\u00ff", "\u00ef\u00bb\u00bf"};
                int at = c.next(s.length() + 1);
                return s.substring(0, at) + bad[c.next(bad.length)] + s.substring(at);
            }
            case 13: { // NUL byte
                int at = c.next(s.length() + 1);
                return s.substring(0, at) + "\0" + s.substring(at);
            }
            case 14: { // splice a piece of another seed
                if (others.isEmpty() || s.length() > SOFT_MAX) {
                    return s;
                }
                String o = new String(others.get(c.next(others.size())), StandardCharsets.ISO_8859_1);
                if (o.isEmpty()) {
                    return s;
                }
                int a = c.next(o.length()), b = a + c.next(Math.min(4096, o.length() - a) + 1);
                int at = c.next(s.length() + 1);
                return s.substring(0, at) + o.substring(a, b) + s.substring(at);
            }
            case 15: { // duplicate a line range (more functions, redefinitions)
                if (s.length() > SOFT_MAX || s.isEmpty()) {
                    return s;
                }
                int a = s.lastIndexOf('\n', c.next(s.length())) + 1;
                int b = s.indexOf('\n', a + c.next(Math.max(1, Math.min(2000, s.length() - a))));
                b = b < 0 ? s.length() : b + 1;
                String piece = s.substring(a, b);
                return s.substring(0, b) + piece.repeat(1 + c.next(4)) + s.substring(b);
            }
            case 16: { // many statements in one function (large CFG)
                if (s.length() > SOFT_MAX) {
                    return s;
                }
                int n = 1 << c.next(11);
                StringBuilder b = new StringBuilder("\nvoid big(int x)\n{\n");
                for (int i = 0; i < n; i++) {
                    b.append(switch (i % 4) {
                        case 0 -> "  if (x > " + i + ") spin_lock(&l);\n";
                        case 1 -> "  if (x < " + i + ") spin_unlock(&l);\n";
                        case 2 -> "  while (x--) { if (x == " + i + ") goto l" + i + "; }\n l" + i + ":\n";
                        default -> "  switch (x) { case " + i + ": x++; default: break; }\n";
                    });
                }
                return s + b.append("}\n");
            }
            case 17: { // replace an identifier by another one from the file
                List<int[]> ids = new ArrayList<>();
                for (int[] t : toks) {
                    if (Character.isJavaIdentifierStart(s.charAt(t[0]))) {
                        ids.add(t);
                    }
                }
                if (ids.size() < 2) {
                    return s;
                }
                int[] a = ids.get(c.next(ids.size())), b = ids.get(c.next(ids.size()));
                return s.substring(0, a[0]) + s.substring(b[0], b[1]) + s.substring(a[1]);
            }
            case 18: { // a random byte anywhere
                int at = c.next(s.length() + 1);
                return s.substring(0, at) + (char) c.next(256) + s.substring(at);
            }
            default: { // long line / many empty lines / line continuations
                String[] fill = {"\\\n".repeat(1 + c.next(500)), "\n".repeat(1 + c.next(5000)),
                    " ".repeat(1 + c.next(50_000)), "/*" + "*".repeat(c.next(10_000)) + "*/"};
                return insert(s, toks, fill[c.next(fill.length)]);
            }
        }
    }

    private String insert(String s, List<int[]> toks, String what) {
        int at = toks.isEmpty() ? 0 : (c.next(2) == 0 ? toks.get(c.next(toks.size()))[0] : toks.get(c.next(toks.size()))[1]);
        return s.substring(0, at) + " " + what + " " + s.substring(at);
    }

    private String atLineStart(String s, String what) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        int at = starts.get(c.next(starts.size()));
        return s.substring(0, at) + what + s.substring(at);
    }

    /** Rough C tokens as [start, end) offsets: identifiers/numbers, literals, single punctuators. */
    static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n && out.size() < 200_000) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(ch) || ch == '_') {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
            } else if (ch == '"' || ch == '\'') {
                i++;
                while (i < n && s.charAt(i) != ch && s.charAt(i) != '\n') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(n, i + 1);
            } else {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }
}
