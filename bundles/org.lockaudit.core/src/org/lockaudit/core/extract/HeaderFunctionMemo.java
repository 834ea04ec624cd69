package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.OpsBinding;

/**
 * The facts of {@code static inline} functions defined in headers, extracted once per run and copied into every
 * further unit that includes them. In a kernel most of what each unit contains is such header code (here ~85% of
 * the functions a unit yields), so without this every unit re-extracted the same functions.
 *
 * <p>An entry is keyed by the function's file, name and source range, the unit's configuration fingerprint, and the
 * macros that decide how its text expands in this unit, with the definitions they have there ({@link MacroTimeline}):
 * a unit that defines a macro differently before including the header extracts its own copy. Preferably the key is
 * made of the identifiers the function's text names and, transitively, those their definitions name
 * ({@link #macroUse}): a unit can compute it without the body, so later units are served the body blank (see
 * {@link HeaderBodies}). That key is used only when it says as much as the expansions do: every macro the function
 * expanded is among those names, and no definition pastes tokens ({@code ##} can make a name the text does not
 * hold); a name that only the text inside {@code asm} statements leads to is keyed by whether its definition is plain
 * tokens ({@link #plain}), not by the definition. Otherwise the key is the expansions the location map reports ({@link MacroIndex#definitionsIn}) and the body
 * is never served blank. Besides the function, an entry replays what its extraction contributed to the unit
 * (ops-table bindings assigned in the body, local type names for the fallback, fallback count), so a unit's facts
 * are the same as without the memo. Limit: conditional compilation inside a body is keyed by the macros its text
 * names (so {@code #ifdef X} inside a body makes {@code X} part of the key), but such a body is never served blank.
 * Thread-safe; one instance per run.
 */
public final class HeaderFunctionMemo {
    /** One extracted header function and its side effects on its unit. */
    record Entry(Function function, List<OpsBinding> bindings, List<String[]> declarations, int fallbacks) {
    }

    /** A header function body: its file, and its offset and length there, braces included. */
    public record Body(String file, int offset, int length) {
    }

    /**
     * Thrown by the extraction of a unit served blank bodies the memo has no entry for (for this unit's macros):
     * parse it again with those bodies whole ({@link #bodies()}); the others it was served blank, the memo has.
     */
    public static final class BlankBodyMiss extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Body> bodies;

        BlankBodyMiss(List<Body> bodies) {
            super("no memo entry for " + bodies.size() + " blank bodies", null, false, false);
            this.bodies = List.copyOf(bodies);
        }

        /** Every blank body of the unit the memo has no entry for, in the order the unit declares them. */
        public List<Body> bodies() {
            return bodies;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final HeaderDeclarationMemo declarations = new HeaderDeclarationMemo();
    /** Per function (its key with no macros): the entries a unit served the body blank may take. */
    private final ConcurrentHashMap<String, List<BlankCandidate>> blank = new ConcurrentHashMap<>();
    /** Identifiers of a function's text, by file, offset and length, split by where they occur ({@link Names}). */
    private final ConcurrentHashMap<String, Names> names = new ConcurrentHashMap<>();
    /** Identifiers of a macro definition's text. */
    private final ConcurrentHashMap<String, List<String>> definitionIdentifiers = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger blankHits = new java.util.concurrent.atomic.AtomicInteger();
    private final ConcurrentHashMap<String, Integer> configs = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();

    String key(String config, String file, String name, int offset, int length, String macros) {
        int c = config == null ? -1 : configs.computeIfAbsent(config, k -> ids.getAndIncrement());
        return c + "\0" + file + "\0" + name + "\0" + offset + "\0" + length + "\0" + macros;
    }

    Entry get(String key) {
        return entries.get(key);
    }

    /** Stores private copies (the unit keeps its own objects); returns the entry now under {@code key}. */
    Entry put(String key, Function fn, List<OpsBinding> bindings, List<String[]> declarations, int fallbacks) {
        List<OpsBinding> b = new ArrayList<>();
        bindings.forEach(x -> b.add(FactsCopier.copy(x)));
        Entry e = new Entry(FactsCopier.copy(fn), List.copyOf(b), List.copyOf(declarations), fallbacks);
        Entry had = entries.putIfAbsent(key, e);
        return had != null ? had : e;
    }

    /**
     * The entry a unit served this function's body blank takes: the first whose macro key, computed in this unit at
     * sequence number {@code seq}, would equal the one it was stored under. Checked name by name in the order the
     * key was built (the same definitions make the same walk, hence the same key), without building the key.
     *
     * @param function {@link #key} of the function with no macros
     */
    Entry getBlank(String function, MacroTimeline timeline, int seq) {
        for (BlankCandidate c : blank.getOrDefault(function, List.of())) {
            if (c.matches(timeline, seq)) {
                return c.entry();
            }
        }
        return null;
    }

    /** A unit's extraction took {@code n} functions by {@link #getBlank} (counted once the unit's facts stand). */
    void tookBlank(int n) {
        blankHits.addAndGet(n);
    }

    /** {@code entry}, stored under a key made by {@code use}, may serve units given the function's body blank. */
    void blankable(String function, MacroUse use, Entry entry) {
        blank.compute(function, (k, list) -> {
            List<BlankCandidate> l = list == null ? new ArrayList<>() : new ArrayList<>(list);
            for (BlankCandidate c : l) {
                if (c.names().equals(use.names()) && c.definitions().equals(use.definitions())) {
                    return list;
                }
            }
            l.add(new BlankCandidate(use.names(), use.definitions(), entry));
            return List.copyOf(l);
        });
    }

    private final java.util.concurrent.atomic.AtomicInteger reparses = new java.util.concurrent.atomic.AtomicInteger();

    /** A unit was parsed again after a {@link BlankBodyMiss}. */
    public void reparsed() {
        reparses.incrementAndGet();
    }

    /** How many units were parsed again after a {@link BlankBodyMiss} (with the bodies it names whole). */
    public int reparses() {
        return reparses.get();
    }

    /** How many header functions were taken from the memo for a blank body. */
    public int blankHits() {
        return blankHits.get();
    }

    /**
     * Remembers the identifiers of the function text {@code text} at [offset, offset + length) of {@code file}, split
     * by where they occur in the text ({@link #namesOf}).
     */
    Names names(String file, int offset, int length, String text) {
        return names.computeIfAbsent(file + "\0" + offset + "\0" + length, k -> namesOf(text));
    }

    /**
     * The identifiers of a function's text: {@code outside}, those that occur at least once outside the parentheses
     * of an {@code asm} statement written in the text (or on a directive line); {@code asmOnly}, those that occur only
     * inside them; {@code keywords}, the words that open those statements ({@code asm} and its qualifiers), which the
     * preprocessor must leave as they are for the parentheses to be an {@code asm} statement's. Each list in
     * first-occurrence order. Directives inside an {@code asm} statement may only be conditionals whose every branch
     * is balanced in parentheses and which close before the statement does; else the text has no asm-only names.
     */
    record Names(List<String> outside, List<String> asmOnly, List<String> keywords) {
        /** Every identifier of the text: those outside the asm statements, then the asm-only ones. */
        List<String> all() {
            if (asmOnly.isEmpty()) {
                return outside;
            }
            List<String> both = new ArrayList<>(outside);
            both.addAll(asmOnly);
            return both;
        }
    }

    private static final java.util.Set<String> ASM = java.util.Set.of("asm", "__asm", "__asm__");
    private static final java.util.Set<String> ASM_QUALIFIERS = java.util.Set.of("volatile", "__volatile",
            "__volatile__", "goto", "inline", "__inline", "__inline__");

    /** {@link Names} of {@code text}: tokenised as {@link #identifiersOf} does. */
    static Names namesOf(String text) {
        java.util.LinkedHashSet<String> outside = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> inAsm = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> keywords = new java.util.LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        int depth = 0; // > 0: inside an asm statement's parentheses, this deep
        // conditional directives open inside the asm statement; depth where the text since the last one began, and
        // the least depth since
        int conditionals = 0, segmentDepth = 0, segmentMin = 0;
        boolean lineStart = true, directive = false;
        List<String> pending = new ArrayList<>(); // asm and its qualifiers, until '(' or another token
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!(i > 0 && text.charAt(i - 1) == '\\')) {
                    directive = false;
                    lineStart = true;
                }
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\\') {
                i++;
                continue;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (lineStart && c == '#') {
                directive = true;
                if (depth > 0) {
                    // inside an asm statement: only conditionals, each branch balanced in parentheses (whichever is
                    // taken, the statement ends at the same parenthesis); else no name is asm-only
                    int k = i + 1;
                    while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                        k++;
                    }
                    int e = k;
                    while (e < n && Character.isLetter(text.charAt(e))) {
                        e++;
                    }
                    String d = text.substring(k, e);
                    boolean balanced = conditionals == 0 || depth == segmentDepth && segmentMin >= segmentDepth;
                    if (!balanced || !java.util.Set.of("if", "ifdef", "ifndef", "elif", "else", "endif").contains(d)
                            || d.equals("endif") && conditionals == 0) {
                        return new Names(identifiersOf(text), List.of(), List.of());
                    }
                    conditionals += d.startsWith("if") ? 1 : d.equals("endif") ? -1 : 0;
                    segmentDepth = depth;
                    segmentMin = depth;
                }
            }
            lineStart = false;
            if (c == '"' || c == '\'') {
                i = afterLiteral(text, i);
                pending.clear();
            } else if (startsNumber(text, i)) {
                i = afterNumber(text, i);
                pending.clear();
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$')) {
                    i++;
                }
                String id = text.substring(start, i);
                (depth > 0 && !directive ? inAsm : outside).add(id);
                if (depth == 0 && !directive && (ASM.contains(id) || !pending.isEmpty() && ASM_QUALIFIERS.contains(id))) {
                    if (ASM.contains(id)) {
                        pending.clear();
                    }
                    pending.add(id);
                } else {
                    pending.clear();
                }
            } else {
                if (!directive) {
                    if (c == '(' && depth == 0 && !pending.isEmpty()) {
                        keywords.addAll(pending);
                        depth = 1;
                    } else if (c == '(' && depth > 0) {
                        depth++;
                    } else if (c == ')' && depth > 0) {
                        depth--;
                        segmentMin = Math.min(segmentMin, depth);
                        if (depth == 0 && conditionals > 0) {
                            return new Names(identifiersOf(text), List.of(), List.of()); // ends in a branch
                        }
                    }
                }
                pending.clear();
                i++;
            }
        }
        inAsm.removeAll(outside);
        return new Names(List.copyOf(outside), List.copyOf(inAsm), List.copyOf(keywords));
    }

    /**
     * Stands, in a {@link MacroUse}, for the definition of a name that only text inside {@code asm} statements leads
     * to, found plain ({@link #plain}): any plain definition gives the function the same facts.
     */
    static final String PLAIN = "\u0000plain";

    /**
     * Whether {@code def} (a definition as {@link MacroTimeline} gives it) is an object-like macro whose replacement
     * is plain tokens: identifiers not defined as macros at {@code seq}, numbers and {@code . / + -}. Expanded inside
     * an {@code asm} statement's parentheses, such a replacement (or its string, stringified) is consumed with them
     * whatever it is: no parenthesis, comma or quote to change where the statement or a macro's arguments end, no
     * macro to expand further. The parser keeps nothing of an asm statement's tokens for the facts (an asm goto's
     * labels are read from the text as written), so the function's facts are the same for every plain definition:
     * a per-unit {@code -D__OBJECT_LABEL__=dir/unit.o} that Xen's {@code UNLIKELY_START} stringifies into inline
     * assembly no longer makes every unit a configuration of its own for the functions that use it.
     */
    static boolean plain(String def, MacroTimeline timeline, int seq) {
        if (def == null || !def.startsWith("=")) {
            return false;
        }
        for (int i = 1; i < def.length(); i++) {
            char c = def.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' || c == '/' || c == '+' || c == '-'
                    || c == ' ' || c == '\t')) {
                return false;
            }
        }
        for (String id : identifiersOf(def.substring(1))) {
            if (timeline.at(id, seq) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A function's macro key ({@link #macroUse}): the key string, and the names looked up to make it, in order, with
     * the definition each had (null: undefined).
     */
    record MacroUse(String key, List<String> names, List<String> definitions) {
    }

    /** An entry a blank body may take, with the names and definitions its key was made of. */
    private record BlankCandidate(List<String> names, List<String> definitions, Entry entry) {
        boolean matches(MacroTimeline timeline, int seq) {
            for (int i = 0; i < names.size(); i++) {
                String def = timeline.at(names.get(i), seq), was = definitions.get(i);
                if (PLAIN.equals(was) ? !plain(def, timeline, seq) : !java.util.Objects.equals(def, was)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The definitions in effect at sequence number {@code seq} of the names of a function's text ({@link #namesOf})
     * and, transitively, of the identifiers their replacement texts hold, as one string; {@code defined} receives
     * every name found defined. First everything the names outside {@code asm} statements lead to, then what only
     * the asm-only names lead to, where a plain definition ({@link #plain}) is keyed as {@link #PLAIN} and not
     * followed further (when the statements' keywords are not macros; else every name is keyed by its definition).
     * Null when a definition pastes tokens ({@code ##}): then the names do not tell every macro an expansion meets.
     */
    MacroUse macroUse(MacroTimeline timeline, int seq, Names text, java.util.Set<String> defined) {
        StringBuilder b = new StringBuilder();
        List<String> looked = new ArrayList<>();
        List<String> found = new ArrayList<>();
        java.util.Set<String> visited = new java.util.HashSet<>();
        boolean asm = !text.asmOnly().isEmpty();
        for (String k : text.keywords()) {
            asm &= timeline.at(k, seq) == null;
        }
        if (!walk(timeline, seq, text.outside(), false, b, looked, found, visited, defined)
                || !walk(timeline, seq, text.asmOnly(), asm, b, looked, found, visited, defined)) {
            return null;
        }
        return new MacroUse(b.toString(), java.util.Collections.unmodifiableList(looked),
                java.util.Collections.unmodifiableList(found));
    }

    /** One breadth-first walk of {@link #macroUse} from {@code names}; false when a definition pastes tokens. */
    private boolean walk(MacroTimeline timeline, int seq, List<String> names, boolean asmOnly, StringBuilder b,
            List<String> looked, List<String> found, java.util.Set<String> visited, java.util.Set<String> defined) {
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(names);
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!visited.add(name)) {
                continue;
            }
            String def = timeline.at(name, seq);
            looked.add(name);
            if (asmOnly && plain(def, timeline, seq)) {
                found.add(PLAIN);
                defined.add(name);
                b.append(name).append(PLAIN).append('\u0001');
                continue;
            }
            found.add(def);
            if (def == null) {
                continue;
            }
            if (def.contains("##")) {
                return false;
            }
            defined.add(name);
            b.append(name).append(def).append('\u0001');
            queue.addAll(definitionIdentifiers.computeIfAbsent(def, HeaderFunctionMemo::identifiersOf));
        }
        return true;
    }

    /** The definitions at sequence number {@code seq} of those of {@code names} that are macros, as one string. */
    String named(MacroTimeline timeline, int seq, List<String> names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            String def = timeline.at(n, seq);
            if (def != null) {
                b.append(n).append(def).append('\u0001');
            }
        }
        return b.toString();
    }

    /** C identifiers of {@code text} in first-occurrence order: not in comments, strings, characters or numbers. */
    static List<String> identifiersOf(String text) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                i = afterLiteral(text, i);
            } else if (startsNumber(text, i)) {
                i = afterNumber(text, i);
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$')) {
                    i++;
                }
                out.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }

    /** Just after the string or character literal that opens at {@code i} (ended by its quote or the line's end). */
    private static int afterLiteral(String text, int i) {
        char quote = text.charAt(i);
        int n = text.length();
        i++;
        while (i < n && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    /** Whether a preprocessing number starts at {@code i}: a digit, or a '.' before one. */
    private static boolean startsNumber(String text, int i) {
        char c = text.charAt(i);
        return Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    }

    /** Just after the preprocessing number at {@code i}: digits, letters, '.', and a sign after an exponent. */
    private static int afterNumber(String text, int i) {
        int n = text.length();
        i++;
        while (i < n) {
            char d = text.charAt(i);
            if ((d == '+' || d == '-') && "eEpP".indexOf(text.charAt(i - 1)) >= 0
                    || Character.isLetterOrDigit(d) || d == '_' || d == '.') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The run's memo of what header declarations declare (the same lifetime as this one). */
    public HeaderDeclarationMemo declarations() {
        return declarations;
    }

    /** How many distinct header functions were extracted. */
    public int size() {
        return entries.size();
    }
}
