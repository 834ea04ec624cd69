package org.lockaudit.core.frontend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;

/**
 * Supplies the contents of included files to CDT's preprocessor from the file system, through a cache of
 * header texts shared by every translation unit of a run. CDT's own saved-files provider needs a running
 * CDT core plug-in, which a headless run does not have.
 */
public final class IncludeProvider extends InternalFileContentProvider {
    private final ConcurrentHashMap<String, char[]> cache;

    public IncludeProvider(ConcurrentHashMap<String, char[]> sharedCache) {
        this.cache = sharedCache;
    }

    @Override
    public InternalFileContent getContentForInclusion(String path, IMacroDictionary macroDictionary) {
        char[] text = read(path);
        return text == null ? null : (InternalFileContent) FileContent.create(path, text);
    }

    @Override
    public InternalFileContent getContentForInclusion(IIndexFileLocation ifl, String astPath) {
        return getContentForInclusion(astPath, null);
    }

    @Override
    public boolean getInclusionExists(String path) {
        return read(path) != null;
    }

    private char[] read(String path) {
        char[] cached = cache.get(path);
        if (cached != null) {
            return cached.length == 0 && !Files.isRegularFile(Path.of(path)) ? null : cached;
        }
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            char[] text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).toCharArray();
            cache.put(path, text);
            return text;
        } catch (IOException e) {
            return null;
        }
    }
}
