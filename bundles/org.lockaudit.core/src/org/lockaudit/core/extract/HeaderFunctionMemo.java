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
 * hold). Otherwise the key is the expansions the location map reports ({@link MacroIndex#definitionsIn}) and the body
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
    /** Identifiers of a function's text, by file, offset and length (the run's headers do not change). */
    private final ConcurrentHashMap<String, List<String>> identifiers = new ConcurrentHashMap<>();
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

    /** Remembers the identifiers of the function text {@code text} at [offset, offset + length) of {@code file}. */
    List<String> identifiers(String file, int offset, int length, String text) {
        return identifiers.computeIfAbsent(file + "\0" + offset + "\0" + length, k -> identifiersOf(text));
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
                if (!java.util.Objects.equals(timeline.at(names.get(i), seq), definitions.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The definitions in effect at sequence number {@code seq} of {@code names} and, transitively, of the
     * identifiers their replacement texts hold, as one string; {@code defined} receives every name found defined.
     * Null when a definition pastes tokens ({@code ##}): then the names do not tell every macro an expansion meets.
     */
    MacroUse macroUse(MacroTimeline timeline, int seq, List<String> names, java.util.Set<String> defined) {
        StringBuilder b = new StringBuilder();
        List<String> looked = new ArrayList<>();
        List<String> found = new ArrayList<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(names);
        java.util.Set<String> visited = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!visited.add(name)) {
                continue;
            }
            String def = timeline.at(name, seq);
            looked.add(name);
            found.add(def);
            if (def == null) {
                continue;
            }
            if (def.contains("##")) {
                return null;
            }
            defined.add(name);
            b.append(name).append(def).append('\u0001');
            queue.addAll(definitionIdentifiers.computeIfAbsent(def, HeaderFunctionMemo::identifiersOf));
        }
        return new MacroUse(b.toString(), java.util.Collections.unmodifiableList(looked),
                java.util.Collections.unmodifiableList(found));
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
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i++; // a preprocessing number: digits, letters, '.', and a sign after an exponent
                while (i < n) {
                    char d = text.charAt(i);
                    if ((d == '+' || d == '-') && "eEpP".indexOf(text.charAt(i - 1)) >= 0
                            || Character.isLetterOrDigit(d) || d == '_' || d == '.') {
                        i++;
                    } else {
                        break;
                    }
                }
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

    /** The run's memo of what header declarations declare (the same lifetime as this one). */
    public HeaderDeclarationMemo declarations() {
        return declarations;
    }

    /** How many distinct header functions were extracted. */
    public int size() {
        return entries.size();
    }
}
