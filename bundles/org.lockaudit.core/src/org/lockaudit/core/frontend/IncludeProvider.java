package org.lockaudit.core.frontend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
    private final ElidedBodies elision;
    /** Header → the blanked version this unit was served (one per unit, whatever registers meanwhile). */
    private final Map<String, ElidedBodies.Version> served = new java.util.HashMap<>();
    private final Map<String, Set<Long>> whole;

    public IncludeProvider(HeaderCache cache, String preludeText) {
        this(cache, preludeText, null);
    }

    /** With {@code elision} (null: none), serving headers with the bodies it registered blanked. */
    public IncludeProvider(HeaderCache cache, String preludeText, ElidedBodies elision) {
        this(cache, preludeText, elision, Map.of());
    }

    /** As above, but the bodies in {@code whole} (header → ranges, {@link ElidedBodies#range}) stay as written. */
    public IncludeProvider(HeaderCache cache, String preludeText, ElidedBodies elision, Map<String, Set<Long>> whole) {
        this.cache = cache;
        this.prelude = preludeText.toCharArray();
        this.elision = elision;
        this.whole = whole;
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
            included.putIfAbsent(path, h.hash()); // the file's own hash, blanked or not
            if (elision != null) {
                if (!served.containsKey(path)) {
                    // null: served whole, and so for the rest of this unit
                    served.put(path, elision.serve(h, whole.get(path)));
                }
                ElidedBodies.Version v = served.get(path);
                if (v != null) {
                    return new InternalFileContent(path, v.content());
                }
            }
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

    /** Per header served with blanked bodies, the ranges blanked ({@link ElidedBodies#range}). */
    public Map<String, java.util.Set<Long>> elided() {
        synchronized (included) {
            Map<String, java.util.Set<Long>> r = new java.util.HashMap<>();
            served.forEach((k, v) -> {
                if (v != null && !v.ranges().isEmpty()) {
                    r.put(k, v.ranges());
                }
            });
            return r;
        }
    }

    /** Every file served to this unit, in first-inclusion order: path → content hash. */
    public Map<String, String> included() {
        synchronized (included) {
            return new LinkedHashMap<>(included);
        }
    }
}
