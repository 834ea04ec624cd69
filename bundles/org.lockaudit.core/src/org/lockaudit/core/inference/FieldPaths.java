package org.lockaudit.core.inference;

import org.lockaudit.core.facts.Access;

/**
 * The field path an access is inferred under. Heuristic: an embedded list link read through its members
 * ({@code pdev->alldevs_list.next}, which {@code list_for_each_entry} expands to) is an access of the embedded link
 * itself ({@code pci_dev.alldevs_list}); the generic link types' own fields ({@code list_head.next} inside the list
 * helpers) are not inferred at all, since the embedding field's address is passed to the helper at the call site.
 * Limit: a real field named {@code next}/{@code prev} of a struct embedded three levels deep is folded too.
 */
public final class FieldPaths {
    private FieldPaths() {
    }

    public static String of(Access a) {
        return of(a, java.util.Set.of());
    }

    /**
     * As {@link #of(Access)}; a file-scope static whose name another file also defines ({@code static int count;}
     * twice) is its file's own: {@code a.c#count}, so two files' statics never merge into one field.
     */
    public static String of(Access a, java.util.Set<String> staticsInSeveralFiles) {
        String t = a.getTarget();
        if (t == null) {
            return "?";
        }
        if (a.isGlobal() && a.getFileScope() != null) {
            String root = t.indexOf('.') < 0 ? t : t.substring(0, t.indexOf('.'));
            return staticsInSeveralFiles.contains(root)
                    ? org.lockaudit.core.program.LockId.fileLabel(a.getFileScope()) + "#" + t : t;
        }
        int dots = t.length() - t.replace(".", "").length();
        if (dots >= 2 && (t.endsWith(".next") || t.endsWith(".prev"))) {
            return t.substring(0, t.lastIndexOf('.'));
        }
        return t;
    }

    /** The struct type a field path belongs to ({@code pci_dev} for {@code pci_dev.fault.count}); null for a global. */
    public static String owner(String field, boolean global) {
        if (global) {
            return null;
        }
        int dot = field.indexOf('.');
        return dot < 0 ? null : field.substring(0, dot);
    }
}
