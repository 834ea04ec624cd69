package org.lockaudit.core.frontend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lockaudit.core.config.CompilerInfo;
import org.lockaudit.core.config.UnitFlags;

/**
 * Where a unit's forced includes ({@code -include FILE}) are, as GCC looks them up: first relative to the compiler's
 * working directory (the compile database's {@code directory}: {@link org.lockaudit.core.config.CompilerFlags}
 * resolves against it, and keeps the name relative when no such file is there), then along the rest of the
 * {@code #include "..."} chain: {@code -iquote}, {@code -I}, {@code -isystem} directories, then the compiler's own
 * ({@code -include stdint.h} finds the compiler's {@code stdint.h}).
 */
public final class ForcedIncludes {
    private ForcedIncludes() {
    }

    /** The unit's forced includes, absolute: found along the chain, else as given (then reported missing). */
    public static List<Path> of(UnitFlags flags, CompilerInfo compiler) {
        List<Path> r = new ArrayList<>(flags.forcedIncludes().size());
        for (Path p : flags.forcedIncludes()) {
            r.add(find(p, flags, compiler));
        }
        return r;
    }

    static Path find(Path p, UnitFlags flags, CompilerInfo compiler) {
        if (p.isAbsolute()) {
            return p;
        }
        List<Path> dirs = new ArrayList<>(flags.quoteIncludePaths());
        dirs.addAll(flags.includePaths());
        dirs.addAll(flags.systemIncludePaths());
        if (!flags.noStdInc()) {
            dirs.addAll(compiler.systemIncludePaths());
        }
        for (Path d : dirs) {
            Path c = d.resolve(p).normalize();
            if (Files.isRegularFile(c)) {
                return c.toAbsolutePath();
            }
        }
        return p.toAbsolutePath().normalize();
    }
}
