package org.lockaudit.core.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStandardFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.GlobalVariable;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.lockapi.LockApi;

/**
 * Turns one CDT translation unit into {@link TranslationUnitFacts}: every function defined in the unit's file
 * (and every {@code static inline} function defined in a header it includes, once) with its control-flow graph
 * of events ({@link CfgBuilder}), the file-scope variables, ops-table bindings and declared guards and lock
 * effects. Follows docs/facts-model.md.
 */
public final class FactExtractor {
    private final LockApi api;
    private List<IASTProblem> syntaxProblems;

    public FactExtractor(LockApi api) {
        this.api = api;
    }

    /**
     * The syntax problem nodes of the unit last extracted, in the order a walk of its AST meets them (the extraction
     * walks the unit once anyway: give them to {@code Fidelity.record}); null before any.
     */
    public List<IASTProblem> syntaxProblems() {
        return syntaxProblems;
    }

    /** With every lock API preset. */
    public FactExtractor() {
        this(LockApi.defaults());
    }

    public TranslationUnitFacts extract(Path file, IASTTranslationUnit ast) {
        return extract(file, ast, null, null);
    }

    /**
     * As {@link #extract(Path, IASTTranslationUnit)}, taking header {@code static inline} functions another unit
     * of the run already extracted from {@code memo} (null: none) when {@code config} (the unit's configuration
     * fingerprint) and the macros their bodies expanded are the same.
     */
    public TranslationUnitFacts extract(Path file, IASTTranslationUnit ast, HeaderFunctionMemo memo, String config) {
        return extract(file, ast, memo, config, HeaderBodies.NONE);
    }

    /**
     * As above, for a unit served some header bodies blank ({@code bodies}): their functions come from {@code memo}
     * by the macros their text names ({@link HeaderFunctionMemo.BlankBodyMiss}, naming every such body it has none
     * for: parse the unit again with those bodies whole). Header functions extracted whole are registered with
     * {@code bodies} for later units when the memo can give them so.
     */
    public TranslationUnitFacts extract(Path file, IASTTranslationUnit ast, HeaderFunctionMemo memo, String config,
            HeaderBodies bodies) {
        TranslationUnitFacts tu = ExtractContext.F.createTranslationUnitFacts();
        tu.setPath(file.toString());
        ExtractContext ctx = new ExtractContext(api, tu, file.toString(), new MacroIndex(ast));
        String mainFile = ast.getFilePath();
        for (IASTDeclaration decl : ast.getDeclarations()) {
            if (decl instanceof IASTSimpleDeclaration sd) {
                fileScope(ctx, sd, file);
            }
        }
        Set<String> seen = new HashSet<>();
        Timeline timeline = new Timeline(ast);
        List<HeaderFunctionMemo.Body> missed = new ArrayList<>();
        int[] hits = {0};
        for (IASTDeclaration decl : ast.getDeclarations()) {
            if (!(decl instanceof IASTFunctionDefinition def) || def.getFileLocation() == null) {
                continue;
            }
            boolean own = decl.isPartOfTranslationUnitFile();
            IASTDeclSpecifier spec = def.getDeclSpecifier();
            boolean headerInline = !own && spec.getStorageClass() == IASTDeclSpecifier.sc_static && spec.isInline();
            if (own && missed.isEmpty()) {
                tu.getFunctions().add(function(ctx, file.toString(), def));
            } else if (headerInline && seen.add(def.getFileLocation().getFileName() + "#" + name(def))) {
                if (memo == null) {
                    tu.getFunctions().add(function(ctx, def.getFileLocation().getFileName(), def));
                } else {
                    // after a miss the unit will be parsed again: only find the other blank bodies it needs whole
                    HeaderFunctionMemo.Body miss = headerFunction(ctx, def, memo, config, bodies, timeline, hits,
                            !missed.isEmpty());
                    if (miss != null) {
                        missed.add(miss);
                    }
                }
            }
        }
        if (!missed.isEmpty()) {
            throw new HeaderFunctionMemo.BlankBodyMiss(missed);
        }
        if (memo != null) {
            memo.tookBlank(hits[0]);
        }
        syntaxProblems = new DeclaredFacts(ctx, ast, mainFile, memo == null ? null : memo.declarations()).extract();
        tu.setFallbackBindings(ctx.types.fallbacks());
        return tu;
    }

    /** The unit's {@link MacroTimeline}, built on first use (only units that need macro keys pay for it). */
    private static final class Timeline {
        private final IASTTranslationUnit ast;
        private MacroTimeline timeline;

        Timeline(IASTTranslationUnit ast) {
            this.ast = ast;
        }

        IASTTranslationUnit ast() {
            return ast;
        }

        MacroTimeline get() {
            if (timeline == null) {
                timeline = new MacroTimeline(ast);
            }
            return timeline;
        }
    }

    /**
     * A header inline function: from the memo when its body was served blank or another unit extracted it the same
     * way, else extracted. Returns its body when it was served blank and the memo has no entry for this unit's
     * macros (the unit must be parsed again with that body whole), else null; {@code hits} counts the functions taken
     * blank. {@code onlyMisses}: the unit will be parsed again, only that check is made.
     *
     * <p>Two keys: the macros the function's text names ({@link HeaderFunctionMemo#macroUse}), which a unit served
     * the body blank can compute, when they cover every macro the function expanded and none pastes tokens; else the
     * macros the function expanded, as the location map reports them ({@link MacroIndex#definitionsIn}).
     */
    private static HeaderFunctionMemo.Body headerFunction(ExtractContext ctx, IASTFunctionDefinition def,
            HeaderFunctionMemo memo, String config, HeaderBodies bodies, Timeline timeline, int[] hits,
            boolean onlyMisses) {
        IASTFileLocation loc = def.getFileLocation();
        String file = loc.getFileName();
        int offset = loc.getNodeOffset(), length = loc.getNodeLength();
        String name = name(def);
        IASTFileLocation body = def.getBody() == null ? null : def.getBody().getFileLocation();
        int seq = MacroTimeline.seq(def);
        if (body != null && bodies.blanked(file, body.getNodeOffset(), body.getNodeLength())) {
            HeaderFunctionMemo.Entry hit = memo.getBlank(memo.key(config, file, name, offset, length, ""),
                    timeline.get(), seq);
            if (hit == null) {
                return new HeaderFunctionMemo.Body(file, body.getNodeOffset(), body.getNodeLength());
            }
            if (!onlyMisses) {
                replay(ctx, hit);
                hits[0]++;
            }
            return null;
        }
        if (onlyMisses) {
            return null;
        }
        Set<String> expanded = new HashSet<>();
        String expansions = MacroIndex.definitionsIn(timeline.ast(), loc, timeline.get(), expanded);
        String key = null;
        String text = Ast.raw(def);
        HeaderFunctionMemo.MacroUse use = null;
        HeaderFunctionMemo.Names names = memo.names(file, offset, length, text);
        if (text.length() == length) { // the function as written, not made by a macro
            Set<String> defined = new HashSet<>();
            use = memo.macroUse(timeline.get(), seq, names, defined);
            if (use != null && defined.containsAll(expanded)) {
                key = memo.key(config, file, name, offset, length, "N" + use.key());
            } else {
                use = null;
            }
        }
        if (key == null) { // with the definitions of the names the text holds: #ifdef X in the body, X from -D
            key = memo.key(config, file, name, offset, length, "X" + expansions + '\u0002'
                    + memo.named(timeline.get(), seq, names.all()));
        }
        HeaderFunctionMemo.Entry entry = memo.get(key);
        if (entry != null) {
            replay(ctx, entry);
        } else {
            int bindingsBefore = ctx.tu.getOpsBindings().size();
            int fallbacksBefore = ctx.types.fallbacks();
            List<String[]> journal = new ArrayList<>();
            ctx.types.journal = journal;
            Function fn;
            try {
                fn = function(ctx, file, def);
            } finally {
                ctx.types.journal = null;
            }
            ctx.tu.getFunctions().add(fn);
            entry = memo.put(key, fn, ctx.tu.getOpsBindings().subList(bindingsBefore, ctx.tu.getOpsBindings().size()),
                    journal, ctx.types.fallbacks() - fallbacksBefore);
        }
        if (use != null && expansions != null && bodies != HeaderBodies.NONE && blankable(def, body)) {
            memo.blankable(memo.key(config, file, name, offset, length, ""), use, entry);
            bodies.blankable(file, body.getNodeOffset(), body.getNodeLength());
        }
        return null;
    }

    private static void replay(ExtractContext ctx, HeaderFunctionMemo.Entry hit) {
        ctx.tu.getFunctions().add(FactsCopier.copy(hit.function()));
        hit.bindings().forEach(b -> ctx.tu.getOpsBindings().add(FactsCopier.copy(b)));
        ctx.types.replay(hit.declarations(), hit.fallbacks());
    }

    /**
     * Whether later units may be served this body blank: it is the text between two braces of the header as written
     * (not made by a macro), and holds no directive (a blank body must not change the macro state), no node CDT could
     * not parse, no preprocessor problem and no struct, union or enum definition (the unit's diagnostics and declared
     * guards would miss them).
     */
    private static boolean blankable(IASTFunctionDefinition def, IASTFileLocation body) {
        if (body == null) {
            return false;
        }
        String bodyText = Ast.raw(def.getBody());
        return bodyText.length() == body.getNodeLength() && bodyText.startsWith("{") && bodyText.endsWith("}")
                && onlyBalancedConditionals(bodyText) && plainBody(def) && !preprocessorProblemIn(def, body);
    }

    /** A preprocessor problem (a bad macro call, a stray character) inside the body: its diagnostic must stay. */
    private static boolean preprocessorProblemIn(IASTFunctionDefinition def, IASTFileLocation body) {
        for (IASTProblem p : def.getTranslationUnit().getPreprocessorProblems()) {
            IASTFileLocation l = p.getFileLocation();
            if (l != null && l.getFileName().equals(body.getFileName()) && l.getNodeOffset() >= body.getNodeOffset()
                    && l.getNodeOffset() < body.getNodeOffset() + body.getNodeLength()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DIRECTIVE = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*#[ \\t]*(\\w*)");

    /**
     * No directive in the body but balanced conditionals ({@code #if}... {@code #endif}): blanking those changes no
     * macro, and the key holds the definitions of every name the text holds, their conditions' among them.
     */
    static boolean onlyBalancedConditionals(String bodyText) {
        java.util.regex.Matcher m = DIRECTIVE.matcher(bodyText);
        int depth = 0;
        while (m.find()) {
            switch (m.group(1)) {
                case "if", "ifdef", "ifndef" -> depth++;
                case "elif", "else", "elifdef", "elifndef" -> {
                    if (depth == 0) {
                        return false;
                    }
                }
                case "endif" -> {
                    if (--depth < 0) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** No problem node and no struct, union or enum definition in the body. */
    private static boolean plainBody(IASTFunctionDefinition def) {
        boolean[] plain = {true};
        def.getBody().accept(new ASTVisitor(true) {
            @Override
            public int visit(IASTProblem problem) {
                plain[0] = false;
                return PROCESS_ABORT;
            }

            @Override
            public int visit(IASTDeclSpecifier spec) {
                if (spec instanceof org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier
                        || spec instanceof org.eclipse.cdt.core.dom.ast.IASTEnumerationSpecifier) {
                    plain[0] = false;
                    return PROCESS_ABORT;
                }
                return PROCESS_CONTINUE;
            }
        });
        return plain[0];
    }

    private static String name(IASTFunctionDefinition def) {
        return CfgBuilder.innermost(def.getDeclarator()).getName().toString();
    }

    private static void fileScope(ExtractContext ctx, IASTSimpleDeclaration sd, Path file) {
        IASTDeclSpecifier spec = sd.getDeclSpecifier();
        for (IASTDeclarator dl : sd.getDeclarators()) {
            IASTDeclarator in = CfgBuilder.innermost(dl);
            boolean function = dl instanceof IASTFunctionDeclarator && dl.getNestedDeclarator() == null;
            if (function || spec.getStorageClass() == IASTDeclSpecifier.sc_typedef) {
                continue;
            }
            ctx.types.declare(in.getName().toString(), spec);
            if (sd.isPartOfTranslationUnitFile()) {
                GlobalVariable g = ExtractContext.F.createGlobalVariable();
                g.setName(in.getName().toString());
                g.setType(Ast.text(spec).replaceAll("^(static|extern)\\s+", ""));
                g.setFile(file.toString());
                g.setLine(Ast.line(in));
                g.setStatic(spec.getStorageClass() == IASTDeclSpecifier.sc_static);
                g.setThreadLocal(threadLocal(sd, dl));
                ctx.tu.getGlobals().add(g);
            }
        }
        ctx.bindings.fromDeclaration(sd, sd.isPartOfTranslationUnitFile() ? file.toString()
                : Ast.file(sd));
    }

    /**
     * Declared {@code __thread}, {@code _Thread_local} or {@code thread_local}: the overrides turn each into the
     * marker attribute {@link org.lockaudit.core.config.AnalysisOverrides#THREAD_LOCAL_ATTRIBUTE} (CDT's scanner
     * erases {@code __thread} and cannot parse {@code _Thread_local}), so it is seen wherever it is written and
     * through any macro ({@code #define TLS __thread}).
     */
    private static boolean threadLocal(IASTSimpleDeclaration sd, IASTDeclarator dl) {
        String[] names = {org.lockaudit.core.config.AnalysisOverrides.THREAD_LOCAL_ATTRIBUTE};
        for (org.eclipse.cdt.core.dom.ast.IASTNode n : new org.eclipse.cdt.core.dom.ast.IASTNode[] {sd,
                sd.getDeclSpecifier(), dl, CfgBuilder.innermost(dl)}) {
            if (n instanceof org.eclipse.cdt.core.dom.ast.IASTAttributeOwner o
                    && org.eclipse.cdt.core.parser.util.AttributeUtil.hasAttribute(o, names)) {
                return true;
            }
        }
        return false;
    }

    private static Function function(ExtractContext ctx, String fileName, IASTFunctionDefinition def) {
        Function fn = ExtractContext.F.createFunction();
        fn.setName(name(def));
        fn.setFile(fileName);
        IASTFileLocation loc = def.getFileLocation();
        fn.setStartLine(loc.getStartingLineNumber());
        fn.setEndLine(loc.getEndingLineNumber());
        fn.setStatic(def.getDeclSpecifier().getStorageClass() == IASTDeclSpecifier.sc_static);
        if (def.getDeclarator() instanceof IASTStandardFunctionDeclarator fd) {
            for (IASTParameterDeclaration p : fd.getParameters()) {
                String n = CfgBuilder.innermost(p.getDeclarator()).getName().toString();
                if (!n.isEmpty()) {
                    fn.getParameters().add(n);
                }
            }
        }
        CfgBuilder b = new CfgBuilder(ctx, fn, loc.getFileName());
        b.build(def);
        boolean[] problem = {b.problem()};
        def.accept(new ASTVisitor() {
            {
                shouldVisitProblems = true;
            }

            @Override
            public int visit(IASTProblem p) {
                problem[0] = true;
                return PROCESS_ABORT;
            }
        });
        fn.setProblem(problem[0]);
        return fn;
    }
}
