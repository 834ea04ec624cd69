package org.lockaudit.core.dataflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.AccessKind;
import org.lockaudit.core.facts.Call;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.LockKind;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.program.LockId;

/**
 * Recursive-by-owner lock wrappers: {@code if (!locked_by_me(l)) { write_lock(&l->lock); l->owner = me; }
 * l->depth++;} holds {@code l->lock} on every return, on one path because the caller already held it; the matching
 * {@code if (--l->depth) return; write_unlock(&l->lock);} drops one level of it. The path that leaves the lock
 * alone is chosen by a test of the lock's own container object ({@code l}: an owner or depth field compared with the
 * current CPU or thread, directly or through a helper given {@code l}).
 *
 * <p>How it is seen: a function that writes a member of a container {@code B} whose lock it takes or drops (itself,
 * or by passing {@code &B->f} to a callee) keeps the outcome of every branch condition mentioning {@code B} as a
 * local fact ({@link #key}), so the analysis keeps the two sides apart up to the returns. The function is then a
 * recursive acquire (release) of a lock {@code B->f} when one such condition's truth decides, at every return, between
 * holding it by this function's own acquisition (having released it) and never having touched it. Its summary
 * acquires the lock recursively (releases it) for its callers, and it is not an {@code inconsistent-return}.
 *
 * <p>Heuristic and limit: nothing checks that the condition really compares an owner with the current CPU or thread;
 * a function that writes a field of the lock's container and skips the acquisition on a test of another field of
 * it (a busy flag, a count that is not a recursion depth) is taken as a recursive wrapper and its missing
 * acquisition on that path is not reported. A test of anything else (a global switch, another object) is not an
 * owner test, and a container whose fields the function does not write keeps no recursion state: both still
 * reported.
 */
public final class OwnerCondition {
    /** Prefix of the local-fact names this class records: never a C identifier. */
    private static final String PREFIX = "?owner:";

    private OwnerCondition() {
    }

    /**
     * Bases of the containers {@code fn} may keep recursion state in: the base of a member lock it operates on (or
     * passes by address to a callee, {@code &B->lock}) that it also writes a member of.
     */
    public static Set<String> containers(org.lockaudit.core.facts.Function fn) {
        Set<String> locked = new LinkedHashSet<>();
        Set<String> written = new LinkedHashSet<>();
        for (CfgNode n : fn.getNodes()) {
            for (Event e : n.getEvents()) {
                if (e instanceof LockOperation op && op.getLock() != null && op.getLock().getKind() == LockKind.MEMBER
                        && op.getLock().getBase() != null) {
                    locked.add(LockId.normaliseBase(op.getLock().getBase()));
                } else if (e instanceof Call c) {
                    for (String a : c.getArguments()) {
                        String base = memberAddressBase(a);
                        if (base != null) {
                            locked.add(base);
                        }
                    }
                } else if (e instanceof Access a && a.getKind() == AccessKind.WRITE && a.getBase() != null) {
                    written.add(LockId.normaliseBase(a.getBase()));
                }
            }
        }
        locked.retainAll(written);
        return locked;
    }

    /** {@code &B->f} or {@code &B.f} (blanks ignored): {@code B}; else null. */
    private static String memberAddressBase(String arg) {
        if (arg == null) {
            return null;
        }
        String s = LockId.withoutBlanks(arg);
        if (!s.startsWith("&")) {
            return null;
        }
        s = s.substring(1);
        int arrow = s.lastIndexOf("->");
        int dot = s.lastIndexOf('.');
        int cut = Math.max(arrow, dot);
        if (cut <= 0 || !s.substring(cut + (cut == arrow ? 2 : 1)).matches("[A-Za-z_]\\w*")) {
            return null;
        }
        return LockId.normaliseBase(s.substring(0, cut));
    }

    /** The containers of {@code containers} that condition {@code text} mentions (as a whole expression). */
    public static List<String> mentioned(String text, Set<String> containers) {
        List<String> out = new ArrayList<>();
        if (text == null || containers.isEmpty()) {
            return out;
        }
        String t = LockId.withoutBlanks(text);
        for (String b : containers) {
            if (mentions(t, b)) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean mentions(String text, String base) {
        String b = LockId.withoutBlanks(base);
        for (int i = text.indexOf(b); i >= 0; i = text.indexOf(b, i + 1)) {
            boolean startOk = i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1))
                    && text.charAt(i - 1) != '.' && text.charAt(i - 1) != '>';
            int end = i + b.length();
            boolean endOk = end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** The local-fact name of condition {@code text}'s outcome, as a test of container {@code base}. */
    public static String key(String base, String text) {
        return PREFIX + LockId.withoutBlanks(base) + " " + LockId.withoutBlanks(text);
    }

    /**
     * {@code ACQUIRE} when {@code returns} make a recursive acquire wrapper of {@code l}, {@code RELEASE} a recursive
     * release wrapper, else null.
     */
    public static LockChange.Kind effect(LockId l, List<ReturnPoint> returns) {
        if (returns.isEmpty() || l.base() == null || !l.bound()) {
            return null;
        }
        String prefix = PREFIX + LockId.withoutBlanks(l.base()) + " ";
        for (String k : returns.get(0).state().locals().nonZero().keySet()) {
            if (!k.startsWith(prefix)) {
                continue;
            }
            LockChange.Kind kind = decides(l, k, returns);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private enum Side { OWN, RELEASED, UNTOUCHED }

    private static LockChange.Kind decides(LockId l, String key, List<ReturnPoint> returns) {
        Side onTrue = null;
        Side onFalse = null;
        for (ReturnPoint r : returns) {
            Boolean v = r.state().locals().get(key);
            Side s = side(r.state(), l);
            if (v == null || s == null) {
                return null;
            }
            Side seen = v ? onTrue : onFalse;
            if (seen != null && seen != s) {
                return null;
            }
            if (v) {
                onTrue = s;
            } else {
                onFalse = s;
            }
        }
        if (onTrue == null || onFalse == null || onTrue == onFalse
                || onTrue != Side.UNTOUCHED && onFalse != Side.UNTOUCHED) {
            return null;
        }
        Side acting = onTrue == Side.UNTOUCHED ? onFalse : onTrue;
        return acting == Side.OWN ? LockChange.Kind.ACQUIRE : LockChange.Kind.RELEASE;
    }

    /** Held by this function's own acquisition on every path, released (entry hold) on every path, or untouched. */
    private static Side side(LockState s, LockId l) {
        if (s.untouched(l)) {
            return Side.UNTOUCHED;
        }
        HeldLock must = s.must().get(l);
        if (must != null && must.own() && !s.releasedMay().contains(l)) {
            return Side.OWN;
        }
        if (s.releasedMust().contains(l) && !s.may().contains(l)) {
            return Side.RELEASED;
        }
        return null;
    }
}
