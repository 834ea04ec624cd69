package org.lockaudit.core.extract;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpressionStatement;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.IASTCompoundStatement;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.IncludeFileContentProvider;
import org.eclipse.cdt.core.parser.NullLogService;
import org.eclipse.cdt.core.parser.ScannerInfo;

/**
 * A function-like macro invocation as written ({@code lockdep_assert_held(&d->lock)}): its name and argument
 * texts, split at top-level commas. Arguments can be parsed into expressions on their own (without the
 * translation unit's declarations: member owners then come from the declared-type fallback).
 */
record MacroCall(String name, List<String> arguments) {

    static MacroCall parse(String text) {
        int open = text.indexOf('(');
        if (open < 0 || !text.trim().endsWith(")")) {
            return null;
        }
        String name = text.substring(0, open).trim();
        if (!name.matches("[A-Za-z_]\\w*")) {
            return null;
        }
        String inner = text.substring(open + 1, text.lastIndexOf(')'));
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : inner.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                args.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank() || !args.isEmpty()) {
            args.add(cur.toString());
        }
        return new MacroCall(name, args);
    }

    /** Each argument parsed as an expression on its own; null where that fails. */
    static IASTExpression[] parseArguments(List<String> args, ExtractContext ctx) {
        IASTExpression[] r = new IASTExpression[args.size()];
        StringBuilder src = new StringBuilder("void __lockaudit_macro_args(void) {\n");
        for (String a : args) {
            src.append("(").append(a).append(");\n");
        }
        src.append("}\n");
        try {
            IASTTranslationUnit tu = GCCLanguage.getDefault().getASTTranslationUnit(
                    FileContent.create("__lockaudit_macro_args.c", src.toString().toCharArray()), new ScannerInfo(),
                    IncludeFileContentProvider.getEmptyFilesProvider(), null, ILanguage.OPTION_NO_IMAGE_LOCATIONS,
                    new NullLogService());
            if (tu.getDeclarations().length > 0 && tu.getDeclarations()[0] instanceof IASTFunctionDefinition def
                    && def.getBody() instanceof IASTCompoundStatement body) {
                IASTStatement[] st = body.getStatements();
                for (int i = 0; i < r.length && i < st.length; i++) {
                    if (st[i] instanceof IASTExpressionStatement es) {
                        r[i] = es.getExpression();
                    }
                }
            }
        } catch (Exception e) {
            // leave the arguments unparsed
        }
        return r;
    }

    /** Statements parsed on their own as a function body (no macros defined: invocations stay calls). */
    static IASTStatement[] parseStatements(String text) {
        String src = "void __lockaudit_macro_body(void) {\n" + text + "\n}\n";
        try {
            IASTTranslationUnit tu = GCCLanguage.getDefault().getASTTranslationUnit(
                    FileContent.create("__lockaudit_macro_body.c", src.toCharArray()), new ScannerInfo(),
                    IncludeFileContentProvider.getEmptyFilesProvider(), null, ILanguage.OPTION_NO_IMAGE_LOCATIONS,
                    new NullLogService());
            if (tu.getDeclarations().length > 0 && tu.getDeclarations()[0] instanceof IASTFunctionDefinition def
                    && def.getBody() instanceof IASTCompoundStatement body) {
                return body.getStatements();
            }
        } catch (Exception e) {
            // not parseable on its own
        }
        return new IASTStatement[0];
    }
}
