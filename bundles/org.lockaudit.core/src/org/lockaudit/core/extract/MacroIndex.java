package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroExpansion;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.internal.core.parser.scanner.ILocationResolver;

/** The translation unit's outermost macro expansions, by file and offset. */
final class MacroIndex {
    /** One expansion as written in a file: {@code spin_lock(&d->lock)}. */
    record Expansion(String name, String file, int offset, int length, int line, String text) {
        int end() {
            return offset + length;
        }

        boolean within(String f, int from, int to) {
            return file.equals(f) && offset >= from && end() <= to;
        }
    }

    private final List<Expansion> all = new ArrayList<>();
    /** The CDT node of each entry of {@link #all}, same order. */
    private final List<IASTPreprocessorMacroExpansion> nodes = new ArrayList<>();

    private final IASTTranslationUnit ast;

    MacroIndex(IASTTranslationUnit ast) {
        this.ast = ast;
        record Pair(Expansion expansion, IASTPreprocessorMacroExpansion node) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (IASTPreprocessorMacroExpansion x : ast.getMacroExpansions()) {
            IASTFileLocation l = x.getFileLocation();
            if (l == null) {
                continue;
            }
            pairs.add(new Pair(new Expansion(x.getMacroReference().toString(), l.getFileName(),
                    l.getNodeOffset(), l.getNodeLength(), l.getStartingLineNumber(), Ast.raw(x)), x));
        }
        Comparator<Expansion> order = Comparator.comparing(Expansion::file).thenComparingInt(Expansion::offset);
        pairs.sort((a, b) -> order.compare(a.expansion(), b.expansion()));
        for (Pair p : pairs) {
            all.add(p.expansion());
            nodes.add(p.node());
        }
    }

    /**
     * Expansions lying within {@code node}, in source order: in the unit's own file from the index, in a header
     * (a header inline function's statement) from CDT's location map, which the index does not cover.
     */
    List<Expansion> within(IASTNode node, String file, int from, int to) {
        if (file.equals(ast.getFilePath()) || node.getFileLocation() == null) {
            return within(file, from, to);
        }
        ILocationResolver resolver = ast.getAdapter(ILocationResolver.class);
        if (resolver == null) {
            return List.of();
        }
        List<Expansion> r = new ArrayList<>();
        for (IASTPreprocessorMacroExpansion x : resolver.getMacroExpansions(node.getFileLocation())) {
            IASTFileLocation l = x.getFileLocation();
            if (l != null && l.getFileName().equals(file) && l.getNodeOffset() >= from
                    && l.getNodeOffset() + l.getNodeLength() <= to) {
                r.add(new Expansion(x.getMacroReference().toString(), l.getFileName(), l.getNodeOffset(),
                        l.getNodeLength(), l.getStartingLineNumber(), Ast.raw(x)));
            }
        }
        r.sort(Comparator.comparingInt(Expansion::offset));
        return r;
    }

    /** Expansions lying within [from, to) of {@code file}, in source order. */
    List<Expansion> within(String file, int from, int to) {
        List<Expansion> r = new ArrayList<>();
        for (int i = first(file, from); i < all.size(); i++) {
            Expansion e = all.get(i);
            if (!e.file().equals(file) || e.offset() >= to) {
                break;
            }
            if (e.end() <= to) {
                r.add(e);
            }
        }
        return r;
    }

    /**
     * Which macro definitions the code at {@code loc} (any file of the unit) expanded: each outermost expansion's name
     * and the definition {@code timeline} gives it there (parameters and replacement text), and the same for the
     * macros it expanded in turn; {@code names} receives their names. Equal keys mean the code expanded the same way
     * (see {@link HeaderFunctionMemo}). Asks CDT's location map, which knows the expansions in headers too
     * ({@code getMacroExpansions()} of the translation unit lists those of the unit's own file only).
     */
    static String definitionsIn(IASTTranslationUnit ast, IASTFileLocation loc, MacroTimeline timeline,
            java.util.Set<String> names) {
        StringBuilder b = new StringBuilder();
        ILocationResolver resolver = ast.getAdapter(ILocationResolver.class);
        if (resolver == null || loc == null) {
            return null;
        }
        for (IASTPreprocessorMacroExpansion x : resolver.getMacroExpansions(loc)) {
            int seq = MacroTimeline.seq(x);
            definition(b, x.getMacroReference().toString(), timeline, seq, names);
            for (IASTName n : timeline.nestedReferences(x)) {
                definition(b, n.toString(), timeline, seq, names);
            }
        }
        return b.toString();
    }

    /** The first entry at or after ({@code file}, {@code from}). */
    private int first(String file, int from) {
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Expansion e = all.get(mid);
            int c = e.file().compareTo(file);
            if (c < 0 || c == 0 && e.offset() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void definition(StringBuilder b, String name, MacroTimeline timeline, int seq,
            java.util.Set<String> names) {
        names.add(name);
        b.append(name).append('=').append(timeline.at(name, seq)).append(';');
    }
}
