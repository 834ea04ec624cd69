package org.lockaudit.core.frontend;

import java.util.Map;

import org.lockaudit.core.config.AnalysisOverrides;

/**
 * The virtual first forced include of every unit: declarations of the {@code __lockaudit_*} pseudo-functions the
 * overrides expand to, then the overrides themselves (so they also hold in a main file that includes nothing).
 */
public final class Prelude {
    /** A path no real file has; {@link IncludeProvider} serves it. */
    public static final String PATH = "/__lockaudit__/prelude.h";

    private Prelude() {
    }

    public static String text(Map<String, String> overrides) {
        return "void " + AnalysisOverrides.ASSERT_FUNCTION + "(long __lockaudit_condition);\n"
                + "void " + AnalysisOverrides.NORETURN_FUNCTION + "(void) __attribute__((__noreturn__));\n"
                + "extern int __lockaudit_static_assert;\n"
                + AnalysisOverrides.directives(overrides);
    }
}
