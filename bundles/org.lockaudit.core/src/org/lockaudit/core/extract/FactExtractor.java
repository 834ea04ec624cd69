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
import org.eclipse.emf.ecore.util.EcoreUtil;
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

    public FactExtractor(LockApi api) {
        this.api = api;
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
        for (IASTDeclaration decl : ast.getDeclarations()) {
            if (!(decl instanceof IASTFunctionDefinition def) || def.getFileLocation() == null) {
                continue;
            }
            boolean own = decl.isPartOfTranslationUnitFile();
            IASTDeclSpecifier spec = def.getDeclSpecifier();
            boolean headerInline = !own && spec.getStorageClass() == IASTDeclSpecifier.sc_static && spec.isInline();
            if (own) {
                tu.getFunctions().add(function(ctx, file.toString(), def));
            } else if (headerInline && seen.add(def.getFileLocation().getFileName() + "#" + name(def))) {
                if (memo == null) {
                    tu.getFunctions().add(function(ctx, def.getFileLocation().getFileName(), def));
                } else {
                    headerFunction(ctx, def, memo, config);
                }
            }
        }
        new DeclaredFacts(ctx, ast, mainFile).extract();
        tu.setFallbackBindings(ctx.types.fallbacks());
        return tu;
    }

    /** A header inline function: from the memo when another unit extracted it the same way, else extracted. */
    private static void headerFunction(ExtractContext ctx, IASTFunctionDefinition def, HeaderFunctionMemo memo,
            String config) {
        IASTFileLocation loc = def.getFileLocation();
        String fileName = loc.getFileName();
        String key = memo.key(config, fileName, name(def), loc.getNodeOffset(), loc.getNodeLength(),
                ctx.macros.definitionsWithin(fileName, loc.getNodeOffset(), loc.getNodeOffset() + loc.getNodeLength()));
        HeaderFunctionMemo.Entry hit = memo.get(key);
        if (hit != null) {
            ctx.tu.getFunctions().add(EcoreUtil.copy(hit.function()));
            hit.bindings().forEach(b -> ctx.tu.getOpsBindings().add(EcoreUtil.copy(b)));
            ctx.types.replay(hit.declarations(), hit.fallbacks());
            return;
        }
        int bindingsBefore = ctx.tu.getOpsBindings().size();
        int fallbacksBefore = ctx.types.fallbacks();
        List<String[]> journal = new ArrayList<>();
        ctx.types.journal = journal;
        Function fn;
        try {
            fn = function(ctx, fileName, def);
        } finally {
            ctx.types.journal = null;
        }
        ctx.tu.getFunctions().add(fn);
        memo.put(key, fn, ctx.tu.getOpsBindings().subList(bindingsBefore, ctx.tu.getOpsBindings().size()), journal,
                ctx.types.fallbacks() - fallbacksBefore);
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
                ctx.tu.getGlobals().add(g);
            }
        }
        ctx.bindings.fromDeclaration(sd, sd.isPartOfTranslationUnitFile() ? file.toString()
                : Ast.file(sd));
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
