package org.lockaudit.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Macro redefinitions the analysis needs whatever the project's headers say: assertions and {@code BUG()} become
 * the pseudo-calls {@code __lockaudit_assert(c)} / {@code __lockaudit_noreturn()}, dispatch macros become plain
 * calls, GNU extensions CDT cannot parse become something it can. The front end re-applies them after every
 * included file (see docs/configuration.md), so they win over the project's own definitions.
 */
public final class AnalysisOverrides {
    /** The pseudo-function an assertion becomes: the extractor makes its failing branch a dead end. */
    public static final String ASSERT_FUNCTION = "__lockaudit_assert";
    /** The pseudo-function a no-return macro ({@code BUG()}) becomes. */
    public static final String NORETURN_FUNCTION = "__lockaudit_noreturn";

    /**
     * The attribute thread-local storage classes become ({@code __thread}, {@code _Thread_local},
     * {@code thread_local}): CDT erases the first and cannot parse the others; the extractor records it as
     * {@code GlobalVariable.threadLocal}.
     */
    public static final String THREAD_LOCAL_ATTRIBUTE = "__lockaudit_thread_local__";

    /** Names accepted by {@code --preset} and {@code "presets"}. */
    public static final Set<String> PRESETS = Set.of("xen", "linux", "posix", "xen-hypercalls");

    private AnalysisOverrides() {
    }

    /** Applied to every tree: GNU C that CDT's parser does not know. */
    public static Map<String, String> common() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("_Static_assert(...)", "extern int __lockaudit_static_assert");
        m.put("static_assert(...)", "extern int __lockaudit_static_assert");
        m.put("__auto_type", "__typeof__(0)");
        m.put("typeof_unqual", "__typeof__");
        m.put("__typeof_unqual__", "__typeof__");
        m.put("asm_inline", "__asm__");
        m.put("__builtin_types_compatible_p(a, b)", "0");
        m.put("__builtin_has_attribute(...)", "0");
        m.put("__builtin_assume(x)", "((void)0)");
        m.put("__builtin_dynamic_object_size(p, t)", "((unsigned long)-1)");
        m.put("__builtin_object_size(p, t)", "((unsigned long)-1)");
        m.put("_Noreturn", "");
        m.put("__thread", "__attribute__((" + THREAD_LOCAL_ATTRIBUTE + "))");
        m.put("_Thread_local", "__attribute__((" + THREAD_LOCAL_ATTRIBUTE + "))");
        m.put("thread_local", "__attribute__((" + THREAD_LOCAL_ATTRIBUTE + "))");
        m.put("_Atomic", "");
        m.put("__seg_gs", "");
        m.put("__seg_fs", "");
        return m;
    }

    /** The redefinitions of one preset (empty for an unknown name). */
    public static Map<String, String> preset(String name) {
        Map<String, String> m = new LinkedHashMap<>();
        String a = ASSERT_FUNCTION;
        String n = NORETURN_FUNCTION;
        switch (name) {
            case "xen" -> {
                m.put("ASSERT(p)", a + "(p)");
                m.put("ASSERT_UNREACHABLE()", n + "()");
                m.put("BUG()", n + "()");
                m.put("BUG_ON(c)", a + "(!(c))");
                m.put("unreachable()", n + "()");
                m.put("alternative_call(func, ...)", "(func)(__VA_ARGS__)");
                m.put("alternative_vcall(func, ...)", "(func)(__VA_ARGS__)");
                m.put("iommu_call(ops, fn, ...)", "((ops)->fn(__VA_ARGS__))");
                m.put("iommu_vcall(ops, fn, ...)", "((ops)->fn(__VA_ARGS__))");
                m.put("get_user(x, ptr)", "((x) = *(ptr), 0)");
                m.put("put_user(x, ptr)", "(*(ptr) = (x), 0)");
                m.put("__get_user(x, ptr)", "((x) = *(ptr), 0)");
                m.put("__put_user(x, ptr)", "(*(ptr) = (x), 0)");
                m.put("copy_from_guest(ptr, hnd, nr)", "((void)(ptr), (void)(nr), 0)");
                m.put("copy_to_guest(hnd, ptr, nr)", "((void)(ptr), (void)(nr), 0)");
                m.put("__copy_from_guest(ptr, hnd, nr)", "((void)(ptr), (void)(nr), 0)");
                m.put("__copy_to_guest(hnd, ptr, nr)", "((void)(ptr), (void)(nr), 0)");
            }
            case "linux" -> {
                m.put("BUG()", n + "()");
                m.put("BUG_ON(c)", a + "(!(c))");
                m.put("unreachable()", n + "()");
                m.put("static_call(name)", "(name)");
                m.put("static_call_cond(name)", "(name)");
                m.put("asm_volatile_goto(...)", "__asm__ volatile(\"\")");
                m.put("asm_goto_output(...)", "__asm__ volatile(\"\")");
                m.put("get_user(x, ptr)", "((x) = *(ptr), 0)");
                m.put("put_user(x, ptr)", "(*(ptr) = (x), 0)");
                m.put("__get_user(x, ptr)", "((x) = *(ptr), 0)");
                m.put("__put_user(x, ptr)", "(*(ptr) = (x), 0)");
            }
            case "posix" -> m.put("assert(e)", a + "(e)");
            default -> {
            }
        }
        return m;
    }

    /**
     * Every redefinition for these presets and user overrides, later ones winning: common, then the presets in
     * order, then the user's.
     */
    public static Map<String, String> resolve(List<String> presets, Map<String, String> user) {
        Map<String, String> byName = new LinkedHashMap<>();
        List<Map<String, String>> layers = new java.util.ArrayList<>();
        layers.add(common());
        presets.forEach(p -> layers.add(preset(p)));
        layers.add(user);
        Map<String, String> all = new LinkedHashMap<>();
        layers.forEach(l -> l.forEach((k, v) -> {
            all.keySet().removeIf(x -> macroName(x).equals(macroName(k)));
            all.put(k, v);
        }));
        for (Map.Entry<String, String> e : all.entrySet()) {
            byName.keySet().removeIf(k -> macroName(k).equals(macroName(e.getKey())));
            byName.put(e.getKey(), e.getValue());
        }
        return byName;
    }

    /** The macro name of a definition key: {@code ASSERT} for {@code ASSERT(p)}. */
    public static String macroName(String key) {
        int paren = key.indexOf('(');
        return (paren < 0 ? key : key.substring(0, paren)).strip();
    }

    /** The directives that install these definitions: {@code #undef X} + {@code #define X ...} each. */
    public static String directives(Map<String, String> overrides) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            s.append("#undef ").append(macroName(e.getKey())).append('\n');
            s.append("#define ").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        return s.toString();
    }
}
