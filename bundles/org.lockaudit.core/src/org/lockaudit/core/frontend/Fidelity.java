package org.lockaudit.core.frontend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIncludeStatement;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.parser.IProblem;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.DiagnosticKind;
import org.lockaudit.core.facts.FactsFactory;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * How faithfully CDT understood a unit: syntax problems (and the function bodies holding them), unresolved
 * includes, preprocessor errors. Records them as diagnostics and counters on the unit's facts.
 */
public final class Fidelity {
    private Fidelity() {
    }

    /** True when {@code node} (a function definition, a body...) contains a node CDT could not parse. */
    public static boolean hasProblem(IASTNode node) {
        boolean[] found = {false};
        node.accept(new ASTVisitor(true) {
            @Override
            public int visit(IASTProblem problem) {
                found[0] = true;
                return PROCESS_ABORT;
            }
        });
        return found[0];
    }

    /**
     * Adds diagnostics for every preprocessor and syntax problem, counts unresolved includes and preprocessor
     * errors, and sets {@link Function#isProblem()} on the functions (matched by name and line) whose definition
     * contains a problem node.
     */
    public static void record(IASTTranslationUnit ast, TranslationUnitFacts tu) {
        List<IASTProblem> syntax = new ArrayList<>();
        ast.accept(new ASTVisitor(true) {
            @Override
            public int visit(IASTProblem problem) {
                syntax.add(problem);
                return PROCESS_CONTINUE;
            }
        });
        record(ast, tu, syntax);
    }

    /**
     * As above, given the unit's syntax problem nodes in the order a walk of {@code ast} meets them (the extraction
     * collects them: {@code FactExtractor#syntaxProblems()}), so the unit is not walked again.
     */
    public static void record(IASTTranslationUnit ast, TranslationUnitFacts tu, List<IASTProblem> syntax) {
        Set<String> seen = new HashSet<>();
        int unresolved = 0;
        for (IASTPreprocessorIncludeStatement inc : ast.getIncludeDirectives()) {
            if (!inc.isResolved() && inc.isActive()) {
                unresolved++;
                add(tu, seen, DiagnosticKind.MISSING_INCLUDE, inc.getFileLocation(),
                        "include not found: " + (inc.isSystemInclude() ? "<" + inc.getName() + ">"
                                : "\"" + inc.getName() + "\""));
            }
        }
        int ppErrors = 0;
        for (IASTProblem p : ast.getPreprocessorProblems()) {
            if (p.getID() == IProblem.PREPROCESSOR_INCLUSION_NOT_FOUND) {
                continue; // counted from the include directives
            }
            if (p.getID() == IProblem.PREPROCESSOR_POUND_WARNING) {
                continue;
            }
            ppErrors++;
            add(tu, seen, DiagnosticKind.PREPROCESSOR, p.getFileLocation(), preprocessorMessage(p));
        }
        tu.setUnresolvedIncludes(unresolved);
        tu.setPreprocessorErrors(ppErrors);

        for (IASTProblem p : syntax) {
            String sig = p.getParent() == null ? "" : snippet(rawSignature(p.getParent()));
            add(tu, seen, DiagnosticKind.SYNTAX, p.getFileLocation(), "syntax error"
                    + (sig.isEmpty() ? "" : " in: " + sig));
        }
        if (syntax.isEmpty()) {
            return; // no problem node in the unit: none in a function (most units)
        }
        for (IASTDeclaration d : ast.getDeclarations()) {
            if (d instanceof IASTFunctionDefinition def && def.isPartOfTranslationUnitFile() && hasProblem(def)) {
                String name = def.getDeclarator().getName().toString();
                int line = def.getFileLocation().getStartingLineNumber();
                for (Function fn : tu.getFunctions()) {
                    if (fn.getName().equals(name) && fn.getStartLine() == line) {
                        fn.setProblem(true);
                    }
                }
            }
        }
    }

    private static String snippet(String s) {
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    /** {@code getRawSignature()}, or "" where CDT's location map cannot compute it (it throws for some nodes). */
    public static String rawSignature(org.eclipse.cdt.core.dom.ast.IASTNode n) {
        try {
            return n.getRawSignature();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** CDT leaves some problems without a message (a recursive inclusion): say what it is, with the directive. */
    static String preprocessorMessage(IASTProblem p) {
        String m = p.getMessage();
        if (m != null && !m.isBlank()) {
            return m;
        }
        String what = p.getID() == IProblem.PREPROCESSOR_CIRCULAR_INCLUSION ? "recursive inclusion"
                : "preprocessor problem " + p.getID();
        String raw = rawSignature(p);
        raw = raw == null ? "" : raw.strip();
        return raw.isEmpty() ? what : what + ": " + (raw.length() > 120 ? raw.substring(0, 120) + "..." : raw);
    }

    private static void add(TranslationUnitFacts tu, Set<String> seen, DiagnosticKind kind, IASTFileLocation loc,
            String message) {
        String file = loc != null ? loc.getFileName() : tu.getPath();
        int line = loc != null ? loc.getStartingLineNumber() : 1;
        if (!seen.add(kind + file + ":" + line + message)) {
            return;
        }
        Diagnostic d = FactsFactory.eINSTANCE.createDiagnostic();
        d.setKind(kind);
        d.setFile(file);
        d.setLine(line);
        d.setMessage(message);
        tu.getDiagnostics().add(d);
    }

    /** A diagnostic for {@code file} at {@code line}. */
    public static Diagnostic diagnostic(DiagnosticKind kind, String file, int line, String message) {
        Diagnostic d = FactsFactory.eINSTANCE.createDiagnostic();
        d.setKind(kind);
        d.setFile(file);
        d.setLine(line);
        d.setMessage(message);
        return d;
    }
}
