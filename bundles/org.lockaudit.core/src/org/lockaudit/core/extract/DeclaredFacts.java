package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStandardFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.lockaudit.core.facts.DeclarationSource;
import org.lockaudit.core.facts.DeclaredGuard;
import org.lockaudit.core.facts.DeclaredLockEffect;
import org.lockaudit.core.facts.LockMode;
import org.lockaudit.core.facts.LockOpKind;

/**
 * Declared guards and lock effects, read from the declarations as written (so kernel macros that expand to
 * nothing under gcc still count): Clang thread-safety attributes, their kernel spellings, and "protected by"
 * comments on struct members. See docs/lock-api.md.
 */
final class DeclaredFacts {
    private static final Pattern GUARD_ATTR = Pattern.compile(
            "(?i)\\b(?:__)?(?:pt_)?guarded_by(?:__)?\\s*\\(\\s*([^()]*?)\\s*\\)");
    private static final Pattern EFFECT_ATTR = Pattern.compile("\\b(__acquires|__releases|__must_hold|__must_not_hold"
            + "|__cond_acquires|__acquire_shared|__release_shared|__must_hold_shared|__cond_acquires_shared"
            + "|acquire_capability|acquire_shared_capability|release_capability|release_shared_capability"
            + "|release_generic_capability|try_acquire_capability|try_acquire_shared_capability"
            + "|requires_capability|requires_shared_capability|assert_capability|assert_shared_capability"
            + "|locks_excluded|exclusive_lock_function|shared_lock_function|unlock_function"
            + "|exclusive_locks_required|shared_locks_required|exclusive_trylock_function|shared_trylock_function"
            + "|ACQUIRE|ACQUIRE_SHARED|RELEASE|RELEASE_SHARED|RELEASE_GENERIC|TRY_ACQUIRE|TRY_ACQUIRE_SHARED"
            + "|REQUIRES|REQUIRES_SHARED|ASSERT_CAPABILITY|ASSERT_SHARED_CAPABILITY|EXCLUDES)"
            + "\\s*\\(\\s*((?:[^()]|\\([^()]*\\))*)\\)");
    private static final Pattern PROTECTED_BY = Pattern.compile(
            "(?i)\\b(?:protected|guarded|locked|seriali[sz]ed)\\s+by\\s+(?:the\\s+)?([&*]?[A-Za-z_][\\w]*(?:(?:->|\\.)[A-Za-z_]\\w*)*)(\\(\\))?");

    private final ExtractContext ctx;
    private final IASTTranslationUnit ast;
    private final Map<String, List<String>> sources = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    /** The run's memo of header declarations, or null (then everything is read from this unit). */
    private final HeaderDeclarationMemo memo;
    /** While a header struct is read: the guards it declares, for the memo. */
    private List<HeaderDeclarationMemo.Guard> recording;

    DeclaredFacts(ExtractContext ctx, IASTTranslationUnit ast, String mainFile, HeaderDeclarationMemo memo) {
        this.ctx = ctx;
        this.ast = ast;
        this.memo = memo;
    }

    /**
     * Reads the unit's declarations. Returns its syntax problem nodes in the order a walk of the AST meets them (the
     * same walk, so {@code Fidelity} need not walk the unit again).
     */
    List<IASTProblem> extract() {
        List<IASTProblem> problems = new ArrayList<>();
        ast.accept(new ASTVisitor() {
            {
                shouldVisitDeclSpecifiers = true;
                shouldVisitDeclarations = true;
                shouldVisitProblems = true;
            }

            @Override
            public int visit(IASTProblem problem) {
                problems.add(problem);
                return PROCESS_CONTINUE;
            }

            @Override
            public int visit(org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier spec) {
                if (spec instanceof IASTCompositeTypeSpecifier c) {
                    composite(c);
                }
                return PROCESS_CONTINUE;
            }

            @Override
            public int visit(IASTDeclaration d) {
                if (d instanceof IASTFunctionDefinition def) {
                    // the whole head up to the body: an attribute macro between ')' and '{' is in no child node
                    String head = Ast.raw(def);
                    String body = def.getBody() == null ? "" : Ast.raw(def.getBody());
                    int cut = body.isEmpty() ? -1 : head.indexOf(body);
                    function(def.getDeclarator(), cut > 0 ? head.substring(0, cut) : Ast.raw(def.getDeclSpecifier())
                            + " " + Ast.raw(def.getDeclarator()), d);
                } else if (d instanceof IASTSimpleDeclaration sd && d.getParent() instanceof IASTTranslationUnit) {
                    for (IASTDeclarator dl : sd.getDeclarators()) {
                        if (dl instanceof IASTFunctionDeclarator) {
                            function(dl, Ast.raw(sd), d);
                        } else {
                            globalGuard(sd, dl);
                        }
                    }
                }
                return PROCESS_CONTINUE;
            }
        });
        return problems;
    }

    private void composite(IASTCompositeTypeSpecifier c) {
        String owner = c.getName().toString();
        if (owner.isEmpty() || c.getFileLocation() == null || !seen.add("struct " + owner)) {
            return;
        }
        String file = c.getFileLocation().getFileName();
        String key = null;
        if (memo != null && !file.equals(ast.getFilePath())) {
            key = file + "\0" + c.getFileLocation().getNodeOffset() + "\0" + c.getFileLocation().getNodeLength();
            List<HeaderDeclarationMemo.Guard> known = memo.guards(key);
            if (known != null) {
                known.forEach(g -> guard(g.target(), g.lock(), g.source(), g.file(), g.line()));
                return;
            }
            recording = new java.util.ArrayList<>();
        }
        try {
            members(c, owner, file);
            if (key != null) {
                memo.guards(key, recording);
            }
        } finally {
            recording = null;
        }
    }

    private void members(IASTCompositeTypeSpecifier c, String owner, String file) {
        List<String> lines = source(file);
        for (IASTDeclaration member : c.getMembers()) {
            if (!(member instanceof IASTSimpleDeclaration sd) || member.getFileLocation() == null) {
                continue;
            }
            int first = member.getFileLocation().getStartingLineNumber();
            int last = member.getFileLocation().getEndingLineNumber();
            for (IASTDeclarator dl : sd.getDeclarators()) {
                String field = CfgBuilder.innermost(dl).getName().toString();
                if (field.isEmpty()) {
                    continue;
                }
                String target = owner + "." + field;
                Matcher a = GUARD_ATTR.matcher(Ast.raw(member));
                while (a.find()) {
                    guard(target, lockName(a.group(1), owner, c, null), DeclarationSource.ATTRIBUTE, file, first);
                }
                String comment = commentFor(lines, first, last);
                if (comment != null) {
                    Matcher m = PROTECTED_BY.matcher(comment);
                    if (m.find()) {
                        String lock = m.group(1) + (m.group(2) != null ? "()" : "");
                        String bound = bindGuard(lock, owner, c);
                        if (bound != null) {
                            guard(target, bound, DeclarationSource.COMMENT, file, first);
                        } else {
                            notUnderstood(target, comment, lock, file, first);
                        }
                    }
                }
            }
        }
    }

    /**
     * A global variable declared {@code GUARDED_BY(mu)} / {@code PT_GUARDED_BY(mu)} (or {@code guarded_by}
     * spellings): a declared guard of the global (the pointed-to data of a {@code PT_} guard is approximated by
     * the variable itself).
     */
    private void globalGuard(IASTSimpleDeclaration sd, IASTDeclarator dl) {
        if (sd.getFileLocation() == null) {
            return;
        }
        String text = sd.getDeclarators().length == 1 ? Ast.raw(sd) : Ast.raw(dl);
        if (!text.contains("uarded_by") && !text.contains("UARDED_BY")) {
            return;
        }
        String name = CfgBuilder.innermost(dl).getName().toString();
        Matcher a = GUARD_ATTR.matcher(text);
        if (!name.isEmpty() && a.find()) {
            guard(name, lockName(a.group(1), null, null, null), DeclarationSource.ATTRIBUTE,
                    sd.getFileLocation().getFileName(), sd.getFileLocation().getStartingLineNumber());
        }
    }

    /** The comment trailing the member's lines when it says "protected by", else a comment block right above. */
    private static String commentFor(List<String> lines, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int l = first; l <= last && l <= lines.size(); l++) {
            String text = lines.get(l - 1);
            int c = text.indexOf("/*") >= 0 ? text.indexOf("/*") : text.indexOf("//");
            if (c >= 0) {
                b.append(text.substring(c)).append(' ');
            }
        }
        if (PROTECTED_BY.matcher(b).find()) {
            return b.toString();
        }
        b.setLength(0);
        for (int l = Math.min(first - 1, lines.size()); l >= 1 && l >= first - 6; l--) { // bounded: fuzz finding
            String t = lines.get(l - 1).trim();
            if (t.startsWith("/*") || t.startsWith("*") || t.startsWith("//")) {
                b.insert(0, t + " ");
                if (t.startsWith("/*") || t.startsWith("//")) {
                    break;
                }
            } else {
                break;
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    private void function(IASTDeclarator declarator, String text, IASTDeclaration d) {
        if (!mayHoldEffect(text)) {
            return;
        }
        Matcher m = EFFECT_ATTR.matcher(text);
        if (!m.find()) {
            return;
        }
        String name = CfgBuilder.innermost(declarator).getName().toString();
        Map<String, String> params = new HashMap<>();
        List<String> paramNames = new java.util.ArrayList<>();
        if (declarator instanceof IASTStandardFunctionDeclarator fd) {
            for (IASTParameterDeclaration p : fd.getParameters()) {
                paramNames.add(CfgBuilder.innermost(p.getDeclarator()).getName().toString());
                String t = TypeNames.specName(p.getDeclSpecifier());
                if (t != null) {
                    params.put(CfgBuilder.innermost(p.getDeclarator()).getName().toString(), t);
                }
            }
        }
        do {
            String kind = m.group(1).toLowerCase(java.util.Locale.ROOT).replace("excludes", "locks_excluded")
                    .replace("assert_capability", "assert_held_capability");
            String[] args = m.group(2).split(",");
            LockOpKind op;
            if (kind.contains("try") || kind.contains("cond_acquires")) {
                op = LockOpKind.TRY_ACQUIRE;
            } else if (kind.contains("acquire") || kind.endsWith("lock_function") && !kind.startsWith("unlock")) {
                op = LockOpKind.ACQUIRE;
            } else if (kind.contains("release") || kind.equals("unlock_function")) {
                op = LockOpKind.RELEASE;
            } else if (kind.contains("must_not_hold") || kind.equals("locks_excluded")) {
                op = LockOpKind.ASSERT_NOT_HELD;
            } else {
                op = LockOpKind.ASSERT_HELD; // requires / must_hold / assert_capability
            }
            // clang's try_acquire_capability(success, lock...) puts the success value first
            int from = op == LockOpKind.TRY_ACQUIRE && !kind.startsWith("__") && args.length > 1 ? 1 : 0;
            for (int i = from; i < args.length; i++) {
                if (args[i].isBlank()) {
                    continue;
                }
                DeclaredLockEffect e = ExtractContext.F.createDeclaredLockEffect();
                e.setFunction(name);
                e.setOp(op);
                e.setMode(kind.contains("shared") ? LockMode.SHARED : LockMode.EXCLUSIVE);
                String lock = lockName(args[i], null, null, params);
                if (paramNames.contains(lock)) {
                    lock = lock + "@" + paramNames.indexOf(lock); // the lock passed as this parameter
                }
                e.setLock(lock);
                e.setSource(DeclarationSource.ATTRIBUTE);
                e.setFile(d.getFileLocation() == null ? null : d.getFileLocation().getFileName().equals(ast
                        .getFilePath()) ? ctx.tuFile : d.getFileLocation().getFileName());
                e.setLine(Ast.line(declarator));
                ctx.tu.getDeclaredLockEffects().add(e);
            }
        } while (m.find());
    }

    /** Words one of which every name {@link #EFFECT_ATTR} knows contains (perf: most declarations have none). */
    private static final String[] EFFECT_WORDS = {"acquire", "release", "hold", "lock", "capability", "ACQUIRE",
            "RELEASE", "REQUIRES", "CAPABILITY", "EXCLUDES"};

    private static boolean mayHoldEffect(String text) {
        for (String w : EFFECT_WORDS) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lock a "protected by" comment names, when it binds: a member of the same struct ({@code lock} in
     * {@code struct dev}), a member chain ({@code d->pdevs_lock}: a lock of another object), a call
     * ({@code pcidevs_lock()}: a lock function), or a name visible in the unit (a global, a function, a macro).
     * Otherwise null: prose
     * ("protected by an object lock", "by LRU locks", "by the caller") and RCU, which is not a lock, are not guards.
     * Heuristic and its limit: a global of that name must be declared in the unit that reads the struct.
     */
    private String bindGuard(String text, String owner, IASTCompositeTypeSpecifier c) {
        String t = text.trim().replaceAll("\\(\\)$", "").replaceAll("^[&*(]+|\\)+$", "").replaceAll("\\s+", "");
        if (t.isEmpty() || RCU.matcher(t).matches()) {
            return null;
        }
        if (t.contains("->") || t.contains(".") || hasMember(c, t) || text.trim().endsWith("()")) {
            return lockName(text, owner, c, null);
        }
        try {
            for (org.eclipse.cdt.core.dom.ast.IBinding b : ast.getScope().find(t, ast)) {
                if (b instanceof org.eclipse.cdt.core.dom.ast.IVariable
                        || b instanceof org.eclipse.cdt.core.dom.ast.IFunction
                        || b instanceof org.eclipse.cdt.core.dom.ast.IMacroBinding) {
                    return lockName(text, owner, c, null);
                }
            }
        } catch (RuntimeException e) {
            // CDT's scope lookup failing on a broken unit: the comment is not understood
        }
        if (ast.getScope() != null && isMacro(t)) {
            return lockName(text, owner, c, null);
        }
        return null;
    }

    private boolean isMacro(String name) {
        for (org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition d : ast.getMacroDefinitions()) {
            if (d.getName().toString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern RCU = Pattern.compile("(?i)rcu(_read_lock)?|srcu");

    /** A guard comment that names no lock: said once, with the file and line, and not a guard. */
    private void notUnderstood(String target, String comment, String lock, String file, int line) {
        String said = comment.replaceAll("\\s+", " ").replaceAll("^\\s*(/\\*+|//)\\s*|\\s*\\*+/\\s*$", "").trim();
        if (said.length() > 80) {
            said = said.substring(0, 77) + "...";
        }
        String why = RCU.matcher(lock.replaceAll("\\(\\)$", "")).matches()
                ? "RCU is not a lock: accesses of " + target + " are not checked against a guard"
                : "'" + lock + "' names no lock (no member of the struct, no global, no lock function): "
                        + target + " has no declared guard";
        if (!seen.add("diagnostic " + file + ":" + line + " " + target)) {
            return;
        }
        ctx.tu.getDiagnostics().add(org.lockaudit.core.frontend.Fidelity.diagnostic(
                org.lockaudit.core.facts.DiagnosticKind.DECLARATION, file.equals(ast.getFilePath()) ? ctx.tuFile : file,
                line, "guard comment not understood: \"" + said + "\": " + why));
    }

    /**
     * Canonical lock id from declaration text: {@code &d->pdevs_lock} with {@code d} a {@code struct domain *}
     * parameter is {@code domain.pdevs_lock}; a sibling member {@code lock} of struct S is {@code S.lock};
     * anything else is the name as written (a global, or a wrapper such as {@code pcidevs_lock()}).
     */
    private static String lockName(String text, String owner, IASTCompositeTypeSpecifier c,
            Map<String, String> params) {
        boolean call = text.trim().endsWith("()");
        String t = text.trim().replaceAll("\\(\\)$", "").replaceAll("^[&*(]+|\\)+$", "").trim();
        t = t.replaceAll("\\s+", "");
        String[] parts = t.split("->|\\.");
        if (parts.length >= 2 && params != null && params.containsKey(parts[0])) {
            return params.get(parts[0]) + "." + t.substring(parts[0].length()).replaceFirst("^(->|\\.)", "")
                    .replace("->", ".");
        }
        if (parts.length >= 2 && owner != null) {
            // "d->pdevs_lock" inside struct domain / "pdev->lock" naming a member of another struct: keep the field
            String last = parts[parts.length - 1];
            if (c != null && hasMember(c, last)) {
                return owner + "." + last;
            }
            return t.replace("->", ".");
        }
        if (owner != null && c != null && hasMember(c, t)) {
            return owner + "." + t;
        }
        return call ? t + "()" : t;
    }

    private static boolean hasMember(IASTCompositeTypeSpecifier c, String field) {
        for (IASTDeclaration m : c.getMembers()) {
            if (m instanceof IASTSimpleDeclaration sd) {
                for (IASTDeclarator dl : sd.getDeclarators()) {
                    if (CfgBuilder.innermost(dl).getName().toString().equals(field)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void guard(String target, String lock, DeclarationSource source, String file, int line) {
        if (recording != null) {
            recording.add(new HeaderDeclarationMemo.Guard(target, lock, source, file, line));
        }
        if (!seen.add(target + " " + lock + " " + source)) {
            return;
        }
        DeclaredGuard g = ExtractContext.F.createDeclaredGuard();
        g.setTarget(target);
        g.setLock(lock);
        g.setSource(source);
        g.setFile(file.equals(ast.getFilePath()) ? ctx.tuFile : file);
        g.setLine(line);
        ctx.tu.getDeclaredGuards().add(g);
    }

    private List<String> source(String file) {
        return sources.computeIfAbsent(file, f -> memo != null && !f.equals(ast.getFilePath()) ? memo.lines(f)
                : HeaderDeclarationMemo.read(f));
    }
}
