package org.lockaudit.core.extract;

import org.lockaudit.core.facts.FactsFactory;
import org.lockaudit.core.facts.TranslationUnitFacts;
import org.lockaudit.core.lockapi.LockApi;

/** What every part of the extraction of one translation unit shares. */
final class ExtractContext {
    static final FactsFactory F = FactsFactory.eINSTANCE;

    final LockApi api;
    final TranslationUnitFacts tu;
    /** The translation unit's own file: the file scope of its statics. */
    final String tuFile;
    final TypeNames types = new TypeNames();
    final MacroIndex macros;
    final OpsBindings bindings = new OpsBindings(this);

    private NoReturnIndex noReturn;
    /**
     * Mutex-attribute objects set recursive so far in this unit ({@code pthread_mutexattr_settype(&a,
     * PTHREAD_MUTEX_RECURSIVE)}), by their text without blanks and {@code &}: a later {@code pthread_mutex_init(&m,
     * &a)} makes a recursive mutex (see {@link RecursiveInits}).
     */
    final java.util.Set<String> recursiveAttrs = new java.util.HashSet<>();

    /**
     * Project macros' bodies parsed on their own (nested macros left as calls), by name and replacement text; empty
     * where the body is no statement expression or do-while (see {@code CfgBuilder.nestedInterrupt}).
     */
    final java.util.Map<String, java.util.Optional<org.eclipse.cdt.core.dom.ast.IASTStatement>> macroBodies =
            new java.util.HashMap<>();

    /** The unit's noreturn declarations, indexed on first use. */
    NoReturnIndex noReturn(org.eclipse.cdt.core.dom.ast.IASTTranslationUnit ast) {
        if (noReturn == null) {
            noReturn = new NoReturnIndex(ast);
        }
        return noReturn;
    }

    ExtractContext(LockApi api, TranslationUnitFacts tu, String tuFile, MacroIndex macros) {
        this.api = api;
        this.tu = tu;
        this.tuFile = tuFile;
        this.macros = macros;
    }
}
