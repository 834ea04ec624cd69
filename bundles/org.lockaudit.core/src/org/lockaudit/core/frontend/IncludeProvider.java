package org.lockaudit.core.frontend;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;

/**
 * Supplies the contents of included files to CDT's preprocessor for one translation unit, from the run's shared
 * {@link HeaderCache}: every header comes with the analysis overrides appended, so they win after each included
 * file. Also serves the virtual prelude ({@link Prelude#PATH}) and records every file it served with its content
 * hash (the unit's dependencies, part of its cache key). CDT's own saved-files provider needs a running CDT core
 * plug-in, which a headless run does not have.
 */
public final class IncludeProvider extends InternalFileContentProvider {
    private final HeaderCache cache;
    private final char[] prelude;
    private final Map<String, String> included = new LinkedHashMap<>();

    public IncludeProvider(HeaderCache cache, String preludeText) {
        this.cache = cache;
        this.prelude = preludeText.toCharArray();
    }

    @Override
    public InternalFileContent getContentForInclusion(String path, IMacroDictionary macroDictionary) {
        if (Prelude.PATH.equals(path)) {
            return (InternalFileContent) FileContent.create(path, prelude);
        }
        HeaderCache.Header h = cache.get(path);
        if (h == null) {
            return null;
        }
        synchronized (included) {
            included.putIfAbsent(path, h.hash());
        }
        return new InternalFileContent(path, h.content()); // shared text, hashed once (see HeaderCache)
    }

    @Override
    public InternalFileContent getContentForInclusion(IIndexFileLocation ifl, String astPath) {
        return getContentForInclusion(astPath, null);
    }

    @Override
    public boolean getInclusionExists(String path) {
        return Prelude.PATH.equals(path) || cache.get(path) != null;
    }

    /** Every file served to this unit, in first-inclusion order: path → content hash. */
    public Map<String, String> included() {
        synchronized (included) {
            return new LinkedHashMap<>(included);
        }
    }
}
