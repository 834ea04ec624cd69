package org.lockaudit.core.summary;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.GlobalVariable;
import org.lockaudit.core.program.FunctionId;
import org.lockaudit.core.program.LockId;
import org.lockaudit.core.program.Program;

/**
 * Renames locks between a callee and one of its call sites through the argument text. A member lock whose base
 * starts with a parameter ({@code p->lock} in {@code lock_dev(struct pci_dev *p)}) becomes the same member of the
 * argument ({@code pdev->lock} for {@code lock_dev(pdev)}); a lock passed as a parameter ({@code spin_lock(l)})
 * becomes the global the argument names ({@code &_pcidevs_lock}).
 *
 * <p>Heuristic and its limits: arguments are compared and substituted as text after dropping blanks, outer
 * parentheses and a leading {@code &}. A member lock reached through a callee-local pointer gets an unknown
 * instance (it still orders locks by canonical id but never matches a caller's lock); a lock parameter bound to
 * anything but a global's address is kept by its text only; callee-local locks do not exist for the caller.
 */
public final class ArgumentMapping {
    private static final Pattern ROOT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*");

    private final Program program;

    public ArgumentMapping(Program program) {
        this.program = program;
    }

    /** {@code lock} as the caller in {@code callerFile} sees it, or null if it means nothing there. */
    LockId toCaller(LockId lock, List<String> parameters, List<String> arguments, String callee, String calleeFile,
            String callerFile, FunctionId caller, Function callerFn) {
        switch (lock.kind()) {
            case GLOBAL: {
                // a subscripted global (bucket[hv & mask]): its subscript renamed like a member's base
                if (lock.base() == null || lock.unknownInstance()) {
                    return lock;
                }
                String renamed = rename(lock.base(), parameters, arguments, calleeFile);
                return lock.withBase(renamed != null ? renamed : "?" + callee + ":" + lock.base());
            }
            case MEMBER: {
                String base = lock.base();
                if (base == null || lock.unknownInstance()) {
                    return lock;
                }
                Matcher m = ROOT.matcher(base);
                if (!m.find()) {
                    return lock.withBase("?" + callee + ":" + base);
                }
                String renamed = rename(base, parameters, arguments, calleeFile);
                return lock.withBase(renamed != null ? renamed : "?" + callee + ":" + base);
            }
            case PARAMETER: {
                int k = parameters.indexOf(lock.canonical());
                if (k < 0 || k >= arguments.size()) {
                    return null;
                }
                String arg = LockId.normaliseBase(arguments.get(k));
                GlobalVariable g = ROOT.matcher(arg).matches() ? program.global(arg, callerFile) : null;
                if (g != null) {
                    return LockId.global(g.getName(), g.isStatic() ? g.getFile() : null);
                }
                return callerLock(arg, caller, callerFn, callerFile);
            }
            case UNKNOWN: {
                // a lock reached through a pointer-to-pointer parameter (pcpu_schedule_unlock(*lock, cpu) in a
                // callee given &lock): the caller's own pointer
                Matcher d = DEREF.matcher(lock.canonical());
                if (!d.matches()) {
                    return null;
                }
                int k = parameters.indexOf(d.group(1));
                if (k < 0 || k >= arguments.size()) {
                    return null;
                }
                String raw = arguments.get(k).strip();
                String arg = LockId.normaliseBase(raw);
                return raw.startsWith("&") && NAME.matcher(arg).matches()
                        ? callerLock(arg, caller, callerFn, callerFile) : null;
            }
            default:
                return null;
        }
    }

    private static final Pattern DEREF = Pattern.compile("\\*\\(?([A-Za-z_][A-Za-z0-9_]*)\\)?");

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * The lock the caller's expression {@code text} points to: the caller's parameter or local of that name when it
     * is one (the same lock its own {@code spin_unlock(lock)} names), else an unknown lock spelt by the text.
     */
    LockId callerLock(String text, FunctionId caller, Function callerFn, String callerFile) {
        if (callerFn != null && NAME.matcher(text).matches()) {
            if (callerFn.getParameters().contains(text)) {
                return LockId.of(LockId.Kind.PARAMETER, text, caller.toString(), null);
            }
            if (program.global(text, callerFile) == null) {
                return LockId.local(caller, text);
            }
        }
        return LockId.of(LockId.Kind.UNKNOWN, text, caller.toString(), null);
    }

    /**
     * {@code path} with every variable it names renamed from the callee to the caller: a parameter becomes its
     * argument, a global stays; null when it names anything else (a callee local), which the caller cannot name.
     * Member names (after {@code ->} or {@code .}) are not variables.
     */
    private String rename(String path, List<String> parameters, List<String> arguments, String calleeFile) {
        Matcher m = NAME.matcher(path);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (start > 0 && (path.charAt(start - 1) == '.' || path.charAt(start - 1) == '>'
                    || Character.isDigit(path.charAt(start - 1)))) {
                continue;
            }
            String name = m.group();
            int k = parameters.indexOf(name);
            String replacement;
            if (k >= 0 && k < arguments.size()) {
                String raw = arguments.get(k).strip();
                String arg = LockId.normaliseBase(raw);
                if (arg.isEmpty()) {
                    return null;
                }
                if (raw.startsWith("&") && start > 0 && path.charAt(start - 1) == '*') {
                    // *hv for an argument &hv is hv itself (item_lock(*hv) in a callee given &hv)
                    start--;
                    if (start > 0 && path.charAt(start - 1) == '(' && end < path.length() && path.charAt(end) == ')') {
                        start--;
                        end++;
                    }
                    replacement = NAME.matcher(arg).matches() ? arg : "(" + arg + ")";
                } else {
                    // at the root as it is (d->lock for lock_dev(d)); inside a subscript, parenthesised when compound
                    replacement = start == 0 || NAME.matcher(arg).matches() ? arg : "(" + arg + ")";
                }
            } else if (k < 0 && program.global(name, calleeFile) != null) {
                replacement = name;
            } else {
                return null;
            }
            if (start < last) {
                return null;
            }
            b.append(path, last, start).append(replacement);
            last = end;
        }
        return b.append(path.substring(last)).toString();
    }

    /**
     * Whether {@code fn}'s callers can name {@code lock}, a lock in {@code fn}'s terms: a global (its subscript made
     * of parameters and globals), a member reached from a parameter or a global ({@code d->pci_lock},
     * {@code pdev->domain->pci_lock}), a lock pointer parameter. Not a local's lock, nor an unbound one.
     */
    public boolean nameableOnEntry(LockId lock, Function fn) {
        List<String> parameters = fn.getParameters();
        switch (lock.kind()) {
            case GLOBAL:
                return lock.base() == null
                        || !lock.unknownInstance() && rename(lock.base(), parameters, parameters, fn.getFile()) != null;
            case MEMBER:
                return lock.base() != null && !lock.unknownInstance() && ROOT.matcher(lock.base()).find()
                        && rename(lock.base(), parameters, parameters, fn.getFile()) != null;
            case PARAMETER:
                return parameters.contains(lock.canonical());
            default:
                return false;
        }
    }

    /**
     * {@code lock}, held by a caller at a call, as the callee sees it on entry: globals as they are, members of an
     * argument as members of the parameter; null for anything the callee cannot name.
     */
    public LockId toCallee(LockId lock, List<String> parameters, List<String> arguments) {
        if (lock.kind() == LockId.Kind.GLOBAL) {
            return lock;
        }
        if (lock.kind() != LockId.Kind.MEMBER || lock.base() == null || lock.unknownInstance()) {
            return null;
        }
        String base = lock.base();
        for (int k = 0; k < arguments.size() && k < parameters.size(); k++) {
            String arg = LockId.normaliseBase(arguments.get(k));
            if (arg.isEmpty()) {
                continue;
            }
            if (base.equals(arg)) {
                return lock.withBase(parameters.get(k));
            }
            if (base.startsWith(arg + "->") || base.startsWith(arg + ".")) {
                return lock.withBase(parameters.get(k) + base.substring(arg.length()));
            }
        }
        Matcher m = ROOT.matcher(base);
        if (m.find() && program.global(m.group(), null) != null) {
            return lock;
        }
        return null;
    }
}
