package org.lockaudit.ui.internal.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.lockaudit.core.dataflow.InsideAcquire;
import org.lockaudit.core.dataflow.LockChange;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.inference.ContextualAnalysis;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;
import org.lockaudit.core.summary.FunctionSummary;

/**
 * The locks an audit can be asked about, from Engine II's summaries: wrappers (functions whose net effect takes
 * exactly one global or member lock, such as {@code pcidevs_lock}) and the global and member locks taken anywhere
 * ({@code _pcidevs_lock}, {@code pci_dev.lock}), named as {@code lockaudit audit --lock} takes them. The default lock
 * ({@code pcidevs_lock}) comes first when present, then the wrappers, then the locks, each by name.
 */
public final class KnownLocks {
    /** The lock users of the first release audit: Xen's global recursive PCI lock, through its wrapper. */
    public static final String DEFAULT_LOCK = "pcidevs_lock";

    /** One choice: {@code name} as the engine resolves it; {@code takes} the lock a wrapper takes (else null). */
    public record KnownLock(String name, Kind kind, String takes) {
        public enum Kind { WRAPPER, GLOBAL, MEMBER }

        /** The dialog's text: the name and what it is. */
        public String label() {
            return switch (kind) {
                case WRAPPER -> org.eclipse.osgi.util.NLS.bind(AuditMessages.Chooser_wrapper, name, takes);
                case GLOBAL -> org.eclipse.osgi.util.NLS.bind(AuditMessages.Chooser_global, name);
                case MEMBER -> org.eclipse.osgi.util.NLS.bind(AuditMessages.Chooser_member, name,
                        name.substring(0, name.indexOf('.')));
            };
        }
    }

    private KnownLocks() {
    }

    public static List<KnownLock> of(List<TranslationUnitFacts> units, IProgressMonitor monitor) {
        return of(ContextualAnalysis.Engine.of(units, monitor).summaries());
    }

    public static List<KnownLock> of(Map<FunctionId, FunctionSummary> summaries) {
        Map<String, KnownLock> wrappers = new TreeMap<>();
        Map<String, KnownLock> locks = new TreeMap<>();
        for (Map.Entry<FunctionId, FunctionSummary> e : summaries.entrySet()) {
            Set<LockId> acquired = new LinkedHashSet<>();
            for (LockChange c : e.getValue().any()) {
                if (c.kind() == LockChange.Kind.ACQUIRE) {
                    acquired.add(c.lock());
                }
                add(locks, c.lock());
            }
            for (InsideAcquire a : e.getValue().insideAcquires()) {
                add(locks, a.lock());
            }
            if (acquired.size() == 1) {
                String takes = name(acquired.iterator().next());
                if (takes != null) {
                    wrappers.putIfAbsent(e.getKey().name(), new KnownLock(e.getKey().name(), KnownLock.Kind.WRAPPER,
                            takes));
                }
            }
        }
        List<KnownLock> out = new ArrayList<>();
        KnownLock preferred = wrappers.remove(DEFAULT_LOCK);
        if (preferred != null) {
            out.add(preferred);
        }
        out.addAll(wrappers.values());
        out.addAll(locks.values());
        return out;
    }

    private static void add(Map<String, KnownLock> locks, LockId id) {
        String n = name(id);
        if (n != null) {
            locks.putIfAbsent(n, new KnownLock(n, id.kind() == LockId.Kind.GLOBAL ? KnownLock.Kind.GLOBAL
                    : KnownLock.Kind.MEMBER, null));
        }
    }

    /** The name the engine resolves ({@code _pcidevs_lock}, {@code pci_dev.lock}); null for local and unknown locks. */
    static String name(LockId id) {
        return switch (id.kind()) {
            case GLOBAL -> id.display().replaceAll(" \\(.*\\)$", "");
            case MEMBER -> id.canonical();
            default -> null;
        };
    }

    /**
     * The known lock a text selected in an editor names: the lock or wrapper of that name ({@code pcidevs_lock},
     * {@code &_pcidevs_lock}, {@code pcidevs_lock()}); else a member lock whose field is the selection's last member
     * ({@code pdev->lock} → {@code pci_dev.lock}); else the default lock when known, else the first; null if none.
     */
    public static KnownLock preselect(List<KnownLock> known, String selected) {
        if (known.isEmpty()) {
            return null;
        }
        if (selected != null) {
            String s = selected.strip().replaceAll("\\(\\s*\\)$", "").replaceAll("^&", "").replaceAll("\\s+", "");
            for (KnownLock k : known) {
                if (k.name().equals(s)) {
                    return k;
                }
            }
            String[] parts = s.split("->|\\.");
            String field = parts[parts.length - 1];
            if (!field.isEmpty()) {
                List<KnownLock> members = known.stream()
                        .filter(k -> k.kind() == KnownLock.Kind.MEMBER && k.name().endsWith("." + field))
                        .sorted(Comparator.comparing(KnownLock::name)).toList();
                if (!members.isEmpty()) {
                    return members.get(0);
                }
            }
        }
        return known.stream().filter(k -> k.name().equals(DEFAULT_LOCK)).findFirst().orElse(known.get(0));
    }
}
