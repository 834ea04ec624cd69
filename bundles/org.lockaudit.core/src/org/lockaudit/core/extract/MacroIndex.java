package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroExpansion;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.IMacroBinding;

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

    MacroIndex(IASTTranslationUnit ast) {
        List<Object[]> pairs = new ArrayList<>();
        for (IASTPreprocessorMacroExpansion x : ast.getMacroExpansions()) {
            IASTFileLocation l = x.getFileLocation();
            if (l == null) {
                continue;
            }
            pairs.add(new Object[] {new Expansion(x.getMacroReference().toString(), l.getFileName(),
                    l.getNodeOffset(), l.getNodeLength(), l.getStartingLineNumber(), Ast.raw(x)), x});
        }
        Comparator<Expansion> order = Comparator.comparing(Expansion::file).thenComparingInt(Expansion::offset);
        pairs.sort((a, b) -> order.compare((Expansion) a[0], (Expansion) b[0]));
        for (Object[] p : pairs) {
            all.add((Expansion) p[0]);
            nodes.add((IASTPreprocessorMacroExpansion) p[1]);
        }
    }

    /** Expansions lying within [from, to) of {@code file}, in source order. */
    List<Expansion> within(String file, int from, int to) {
        List<Expansion> r = new ArrayList<>();
        for (Expansion e : all) {
            if (e.within(file, from, to)) {
                r.add(e);
            }
        }
        return r;
    }

    /**
     * Which macro definitions the expansions within [from, to) of {@code file} used: each outermost expansion's
     * name and definition (parameters and replacement text), and the same for the macros it expanded in turn.
     * Equal keys mean the code in that range expanded the same way (see {@link HeaderFunctionMemo}).
     */
    String definitionsWithin(String file, int from, int to) {
        int lo = 0, hi = all.size();
        while (lo < hi) { // first entry at or after (file, from)
            int mid = (lo + hi) >>> 1;
            Expansion e = all.get(mid);
            int c = e.file().compareTo(file);
            if (c < 0 || c == 0 && e.offset() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = lo; i < all.size(); i++) {
            Expansion e = all.get(i);
            if (!e.file().equals(file) || e.offset() >= to) {
                break;
            }
            if (e.end() > to) {
                continue;
            }
            IASTPreprocessorMacroExpansion x = nodes.get(i);
            definition(b, x.getMacroReference());
            for (IASTName n : x.getNestedMacroReferences()) {
                definition(b, n);
            }
        }
        return b.toString();
    }

    private static void definition(StringBuilder b, IASTName ref) {
        b.append(ref.getSimpleID()).append('=');
        if (ref.resolveBinding() instanceof IMacroBinding m) {
            if (m.getParameterList() != null) {
                for (char[] p : m.getParameterList()) {
                    b.append(p).append(',');
                }
            }
            b.append('=').append(m.getExpansion());
        }
        b.append(';');
    }
}
