package org.lockaudit.core.frontend;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.ExtendedScannerInfo;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.NullLogService;
import org.eclipse.core.runtime.CoreException;
import org.lockaudit.core.config.TreeConfig;

/** Parses one C translation unit with CDT's GNU C parser, without workspace or index. */
public final class SourceParser {
    private final TreeConfig config;
    private final ConcurrentHashMap<String, char[]> headerCache = new ConcurrentHashMap<>();

    public SourceParser(TreeConfig config) {
        this.config = config;
    }

    public IASTTranslationUnit parse(Path file, char[] text) throws CoreException {
        FileContent content = FileContent.create(file.toString(), text);
        Map<String, String> defines = new HashMap<>(config.defines());
        String[] includes = config.includePaths().stream().map(Path::toString).toArray(String[]::new);
        String[] quote = config.quoteIncludePaths().stream().map(Path::toString).toArray(String[]::new);
        String[] forced = config.forcedIncludes().stream().map(Path::toString).toArray(String[]::new);
        ExtendedScannerInfo info = new ExtendedScannerInfo(defines, includes, new String[0], forced, quote);
        return GCCLanguage.getDefault().getASTTranslationUnit(content, info, new IncludeProvider(headerCache), null,
                ILanguage.OPTION_NO_IMAGE_LOCATIONS, new NullLogService());
    }
}
