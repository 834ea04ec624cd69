package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroExpansion;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;

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

    MacroIndex(IASTTranslationUnit ast) {
        for (IASTPreprocessorMacroExpansion x : ast.getMacroExpansions()) {
            IASTFileLocation l = x.getFileLocation();
            if (l == null) {
                continue;
            }
            all.add(new Expansion(x.getMacroReference().toString(), l.getFileName(), l.getNodeOffset(),
                    l.getNodeLength(), l.getStartingLineNumber(), Ast.raw(x)));
        }
        all.sort(Comparator.comparing(Expansion::file).thenComparingInt(Expansion::offset));
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
}
