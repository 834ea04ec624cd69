package org.lockaudit.core.extract;

import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;

/** Declared guards and lock effects: attributes, their kernel macro spellings, "protected by" comments. */
final class DeclaredFacts {
    private final ExtractContext ctx;
    private final IASTTranslationUnit ast;
    private final String mainFile;

    DeclaredFacts(ExtractContext ctx, IASTTranslationUnit ast, String mainFile) {
        this.ctx = ctx;
        this.ast = ast;
        this.mainFile = mainFile;
    }

    void extract() {
        // attributes and comments: next step
    }
}
