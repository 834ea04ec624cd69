package org.lockaudit.core.frontend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.ExtendedScannerInfo;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.NullLogService;
import org.eclipse.core.runtime.CoreException;
import org.lockaudit.core.config.AnalysisOverrides;
import org.lockaudit.core.config.CompilerInfo;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.config.UnitFlags;

/**
 * Parses C translation units with CDT's GNU C parser, without workspace or index: the unit's flags over the
 * compiler's built-ins, the prelude first, headers from a {@link HeaderCache} shared by the whole run (so one
 * instance serves every parsing thread).
 */
public final class SourceParser {
    private final TreeConfig config;
    private final HeaderCache headers;
    private final String prelude;

    public SourceParser(TreeConfig config) {
        this.config = config;
        this.headers = new HeaderCache(AnalysisOverrides.directives(config.overrides()));
        this.prelude = Prelude.text(config.overrides());
    }

    /** A parsed unit and the files it included (path → content hash). */
    public record Parsed(IASTTranslationUnit ast, Map<String, String> included) {
    }

    /** Parses with the unit's own flags ({@link TreeConfig#flagsFor}). */
    public Parsed parseUnit(Path file, char[] text) throws CoreException {
        Path abs = file.toAbsolutePath().normalize();
        UnitFlags flags = config.flagsFor(abs);
        IncludeProvider provider = new IncludeProvider(headers, prelude);
        FileContent content = FileContent.create(abs.toString(), text);
        IASTTranslationUnit ast = GCCLanguage.getDefault().getASTTranslationUnit(content, scannerInfo(flags,
                config.compiler()), provider, null, ILanguage.OPTION_NO_IMAGE_LOCATIONS
                        | ILanguage.OPTION_IS_SOURCE_UNIT | ILanguage.OPTION_ADD_COMMENTS, new NullLogService());
        return new Parsed(ast, provider.included());
    }

    /** Compatibility with the walking skeleton. */
    public IASTTranslationUnit parse(Path file, char[] text) throws CoreException {
        return parseUnit(file, text).ast();
    }

    static ExtendedScannerInfo scannerInfo(UnitFlags flags, CompilerInfo compiler) {
        Map<String, String> defines = new LinkedHashMap<>(compiler.macros());
        applyStd(defines, flags.std());
        flags.defines().forEach((k, v) -> {
            String name = AnalysisOverrides.macroName(k);
            defines.keySet().removeIf(x -> AnalysisOverrides.macroName(x).equals(name));
            if (v != null) {
                defines.put(k, v);
            }
        });
        List<String> includes = new ArrayList<>();
        flags.includePaths().forEach(p -> includes.add(p.toString()));
        flags.systemIncludePaths().forEach(p -> includes.add(p.toString()));
        if (!flags.noStdInc()) {
            compiler.systemIncludePaths().forEach(p -> includes.add(p.toString()));
        }
        String[] quote = flags.quoteIncludePaths().stream().map(Path::toString).toArray(String[]::new);
        List<String> forced = new ArrayList<>();
        forced.add(Prelude.PATH);
        flags.forcedIncludes().forEach(p -> forced.add(p.toString()));
        return new ExtendedScannerInfo(defines, includes.toArray(String[]::new), new String[0],
                forced.toArray(String[]::new), quote);
    }

    /** {@code __STDC_VERSION__} and {@code __STRICT_ANSI__} as GCC sets them for {@code -std=}. */
    static void applyStd(Map<String, String> defines, String std) {
        if (std == null) {
            return;
        }
        String s = std.toLowerCase();
        String version = switch (s.replaceFirst("^(gnu|c|iso9899:)", "")) {
            case "89", "90", "1990" -> null;
            case "99", "9x", "1999" -> "199901L";
            case "11", "1x", "2011" -> "201112L";
            case "17", "18", "2017", "2018" -> "201710L";
            case "2x", "23", "2024" -> "202311L";
            default -> defines.get("__STDC_VERSION__");
        };
        if (version == null) {
            defines.remove("__STDC_VERSION__");
        } else {
            defines.put("__STDC_VERSION__", version);
        }
        if (s.startsWith("c") || s.startsWith("iso")) {
            defines.put("__STRICT_ANSI__", "1");
        } else {
            defines.remove("__STRICT_ANSI__");
        }
    }
}
