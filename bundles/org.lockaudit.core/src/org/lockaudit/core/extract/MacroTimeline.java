package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.cdt.core.dom.ast.IASTName;

import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorFunctionStyleMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorUndefStatement;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroExpansion;
import org.eclipse.cdt.internal.core.dom.parser.ASTNode;
import org.eclipse.cdt.internal.core.parser.scanner.ILocationResolver;
import org.eclipse.cdt.internal.core.parser.scanner.LocationMap;

/**
 * The definition each macro name has at any point of a translation unit: every active {@code #define} and
 * {@code #undef} of the unit and its headers, in the order the preprocessor met them. CDT numbers every node of a
 * unit (directives and declarations alike, across all included files) with one sequence, which orders them.
 *
 * <p>Built lazily per unit: only units that take a header function from the memo by its macros need it.
 */
final class MacroTimeline {
    /** One change of a name: from sequence number {@code seq} on, it is defined by {@code directive} (null: undefined). */
    private static final class Change {
        private final int seq;
        private final IASTPreprocessorMacroDefinition directive;
        private String definition;

        Change(int seq, IASTPreprocessorMacroDefinition directive) {
            this.seq = seq;
            this.directive = directive;
        }

        int seq() {
            return seq;
        }

        /** The definition's text, made once (null: undefined). */
        String definition() {
            if (definition == null && directive != null) {
                definition = MacroTimeline.definition(directive);
            }
            return definition;
        }
    }

    /** Name → its one {@link Change} (most names are defined once), or a {@code List<Change>} in sequence order. */
    private final Map<String, Object> changes = new HashMap<>(4096);
    private final IASTTranslationUnit ast;
    /** Expansion node → the macro references nested in it, in the location map's order; made on first use. */
    private Map<IASTNode, List<IASTName>> nested;

    MacroTimeline(IASTTranslationUnit ast) {
        this.ast = ast;
        for (IASTPreprocessorMacroDefinition m : ast.getBuiltinMacroDefinitions()) {
            add(m.getName().toString(), Integer.MIN_VALUE, m);
        }
        for (IASTPreprocessorStatement s : ast.getAllPreprocessorStatements()) {
            if (s instanceof IASTPreprocessorMacroDefinition m && m.isActive()) {
                add(m.getName().toString(), seq(s), m);
            } else if (s instanceof IASTPreprocessorUndefStatement u && u.isActive()) {
                add(u.getMacroName().toString(), seq(s), null);
            }
        }
        // CDT lists the directives in the order it met them; sort only if that ever stops being so
        for (Object o : changes.values()) {
            if (o instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Change> l = (List<Change>) list;
                for (int i = 1; i < l.size(); i++) {
                    if (l.get(i - 1).seq() > l.get(i).seq()) {
                        l.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
                        break;
                    }
                }
            }
        }
    }

    /**
     * The macros {@code x} expanded in turn, as {@link IASTPreprocessorMacroExpansion#getNestedMacroReferences()}
     * gives them: CDT answers that by a scan of all the unit's macro references (tens of thousands in a kernel unit)
     * per call, so the references are grouped by the expansion they belong to once per unit.
     */
    List<IASTName> nestedReferences(IASTPreprocessorMacroExpansion x) {
        IASTName explicit = x.getMacroReference();
        IASTNode parent = explicit == null ? null : explicit.getParent();
        if (parent == null || !(ast.getAdapter(ILocationResolver.class) instanceof LocationMap map)) {
            return List.of(x.getNestedMacroReferences());
        }
        if (nested == null) {
            nested = new IdentityHashMap<>();
            for (IASTName n : map.getMacroReferences()) {
                if (n.getParent() instanceof IASTPreprocessorMacroExpansion e && n != e.getMacroReference()) {
                    nested.computeIfAbsent(e, k -> new ArrayList<>(2)).add(n);
                }
            }
        }
        return nested.getOrDefault(parent, List.of());
    }

    /** Where {@code node} lies in the unit's sequence. */
    static int seq(IASTNode node) {
        return ((ASTNode) node).getOffset();
    }

    /** The definition of {@code name} in effect just before sequence number {@code seq}, null when undefined. */
    String at(String name, int seq) {
        Object o = changes.get(name);
        if (o == null) {
            return null;
        }
        if (o instanceof Change c) {
            return c.seq() < seq ? c.definition() : null;
        }
        @SuppressWarnings("unchecked")
        List<Change> l = (List<Change>) o;
        int lo = 0, hi = l.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (l.get(mid).seq() < seq) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : l.get(found).definition();
    }

    private void add(String name, int seq, IASTPreprocessorMacroDefinition directive) {
        Change c = new Change(seq, directive);
        Object had = changes.putIfAbsent(name, c);
        if (had instanceof Change first) {
            List<Change> l = new ArrayList<>(4);
            l.add(first);
            l.add(c);
            changes.put(name, l);
        } else if (had != null) {
            @SuppressWarnings("unchecked")
            List<Change> l = (List<Change>) had;
            l.add(c);
        }
    }

    /** Parameters and replacement text: {@code (a,b)=expansion}, or {@code =expansion} for an object-like macro. */
    static String definition(IASTPreprocessorMacroDefinition m) {
        StringBuilder b = new StringBuilder();
        if (m instanceof IASTPreprocessorFunctionStyleMacroDefinition f) {
            b.append('(');
            for (var p : f.getParameters()) {
                b.append(p.getParameter()).append(',');
            }
            b.append(')');
        }
        return b.append('=').append(m.getExpansion()).toString();
    }
}
