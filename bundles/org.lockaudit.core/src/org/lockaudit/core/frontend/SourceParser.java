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
import org.eclipse.cdt.core.parser.IParserLogService;
import org.eclipse.cdt.core.parser.IParserSettings;
import org.eclipse.cdt.core.parser.IScanner;
import org.eclipse.cdt.core.parser.IScannerInfo;
import org.eclipse.cdt.core.parser.IncludeFileContentProvider;
import org.eclipse.cdt.core.parser.NullLogService;
import org.eclipse.cdt.core.parser.ParserMode;
import org.eclipse.cdt.core.dom.parser.ISourceCodeParser;
import org.eclipse.cdt.core.index.IIndex;
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
    /** Headers whose macro invocations the guard already simulated in this run (see {@link IncludeClosure}). */
    private final java.util.Set<String> guardedHeaders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The guard's digest of each header it replays (see {@link #guardDigest}). */
    private final java.util.concurrent.ConcurrentHashMap<String, MacroGuard.Digest> digests =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final String prelude;
    /**
     * Header bodies to blank, per header function memo configuration ({@link TreeConfig#memoFingerprint}): a body
     * registered by a unit of one configuration is never in the memo for a unit of another (the memo's keys hold the
     * configuration), so serving it blank there only forced that unit to be parsed again.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, ElidedBodies> elided =
            new java.util.concurrent.ConcurrentHashMap<>();

    public SourceParser(TreeConfig config) {
        this.config = config;
        this.headers = new HeaderCache(AnalysisOverrides.directives(config.overrides()),
                config.overrides().keySet().stream().map(AnalysisOverrides::macroName).toList());
        this.prelude = Prelude.text(config.overrides());
    }

    /**
     * A parsed unit, the files it included (path → content hash) and the header bodies it was served blanked
     * (path → ranges, see {@link ElidedBodies}).
     */
    public record Parsed(IASTTranslationUnit ast, Map<String, String> included, Map<String, java.util.Set<Long>> elided) {
    }

    /**
     * The run's registry of header bodies to blank for units of {@code unit}'s memo configuration (fed by the
     * extraction, see {@link ElidedBodies}).
     */
    public ElidedBodies elidedBodies(Path unit) {
        return elided.computeIfAbsent(config.memoFingerprint(unit.toAbsolutePath().normalize()),
                k -> new ElidedBodies());
    }

    /** Parses with the unit's own flags ({@link TreeConfig#flagsFor}). */
    public Parsed parseUnit(Path file, char[] text) throws CoreException {
        return parseUnit(file, text, new Cancellation());
    }

    /**
     * Parses with the unit's own flags; {@link Cancellation#cancel()} from another thread stops CDT's scanner and
     * parser at their next token (then the result, if any, is incomplete and must be discarded).
     */
    public Parsed parseUnit(Path file, char[] text, Cancellation cancellation) throws CoreException {
        return parseUnit(file, text, cancellation, false);
    }

    /**
     * As above; with {@code elide}, headers come with the bodies registered in {@link #elidedBodies(Path)} blanked
     * ({@link Parsed#elided()} says which), and the extraction must take those functions from its memo.
     */
    public Parsed parseUnit(Path file, char[] text, Cancellation cancellation, boolean elide) throws CoreException {
        return parseUnit(file, text, cancellation, elide, Map.of());
    }

    /**
     * As above; with {@code elide}, the bodies in {@code whole} (header → ranges, {@link ElidedBodies#range}) are
     * served as written all the same: the extraction found no memo entry for them with this unit's macros.
     */
    public Parsed parseUnit(Path file, char[] text, Cancellation cancellation, boolean elide,
            Map<String, java.util.Set<Long>> whole) throws CoreException {
        Path abs = file.toAbsolutePath().normalize();
        UnitFlags flags = config.flagsFor(abs);
        IncludeProvider provider = new IncludeProvider(headers, prelude, elide ? elidedBodies(abs) : null, whole);
        FileContent content = FileContent.create(abs.toString(), text);
        try {
            IASTTranslationUnit ast = new CancellableLanguage(cancellation).getASTTranslationUnit(content,
                    scannerInfo(flags, config.compiler()), provider, null, ILanguage.OPTION_NO_IMAGE_LOCATIONS
                            | ILanguage.OPTION_IS_SOURCE_UNIT | ILanguage.OPTION_ADD_COMMENTS, new NullLogService());
            return new Parsed(ast, provider.included(), provider.elided());
        } finally {
            // the scanner and parser reach the whole AST and macro dictionary; the handle outlives the parse (the
            // run keeps one per unit), so it must not keep them
            cancellation.release();
        }
    }

    /**
     * {@code text} with the headers it reaches inlined (see {@link IncludeClosure}), at most {@code maxChars}: the
     * input of {@link MacroGuard} for this unit.
     */
    public IncludeClosure.Text reachableText(Path file, char[] text, long maxChars) {
        Path abs = file.toAbsolutePath().normalize();
        return IncludeClosure.of(abs, text, headers, guardedHeaders, config.flagsFor(abs), config.compiler(), maxChars);
    }

    /**
     * Records that the guard passed {@code reachable} (no storm): its headers' invocations need not be simulated
     * again in this run. A text with a storm is not recorded, so every unit reaching its headers is checked again.
     */
    public void guardPassed(IncludeClosure.Text reachable) {
        guardedHeaders.addAll(reachable.firstChecked());
    }

    /**
     * The {@link MacroGuard.Digest} of the header at {@code path} as {@link #reachableText} inlines it, made once per
     * run (null when it cannot be read): the guard replays a header it already passed from it.
     */
    public MacroGuard.Digest guardDigest(String path) {
        HeaderCache.Header h = headers.get(path);
        if (h == null) {
            return null;
        }
        return digests.computeIfAbsent(path, p -> MacroGuard.Digest.of(h.served()));
    }

    /**
     * A handle to stop one parse from another thread: CDT's scanner and parser check their cancel flag once per
     * token. (Its macro expander does not: {@link MacroGuard} refuses macro storms beforehand.)
     */
    public static final class Cancellation {
        private volatile boolean cancelled;
        private volatile IScanner scanner;
        private volatile ISourceCodeParser parser;

        public boolean isCancelled() {
            return cancelled;
        }

        public void cancel() {
            cancelled = true;
            IScanner s = scanner;
            ISourceCodeParser p = parser;
            if (s != null) {
                s.cancel();
            }
            if (p != null) {
                p.cancel();
            }
        }

        /** Drops the scanner and parser (the parse is over): cancelling now only sets the flag. */
        void release() {
            scanner = null;
            parser = null;
        }

        void scanner(IScanner s) {
            scanner = s;
            if (cancelled) {
                s.cancel();
            }
        }

        void parser(ISourceCodeParser p) {
            parser = p;
            if (cancelled) {
                p.cancel();
            }
        }
    }

    /** CDT's GNU C language, remembering the scanner and parser it creates so that they can be cancelled. */
    private static final class CancellableLanguage extends GCCLanguage {
        private final Cancellation cancellation;

        CancellableLanguage(Cancellation cancellation) {
            this.cancellation = cancellation;
        }

        @Override
        protected IScanner createScanner(FileContent content, IScannerInfo scanInfo,
                IncludeFileContentProvider fcp, IParserLogService log) {
            IScanner s = super.createScanner(content, scanInfo, fcp, log);
            cancellation.scanner(s);
            return s;
        }

        @Override
        protected ISourceCodeParser createParser(IScanner scanner, ParserMode parserMode, IParserLogService logService,
                IIndex index) {
            ISourceCodeParser p = new GnuCParser(scanner, parserMode, logService, getParserExtensionConfiguration(),
                    index);
            cancellation.parser(p);
            return p;
        }

        @Override
        protected ISourceCodeParser createParser(IScanner scanner, ParserMode parserMode, IParserLogService logService,
                IIndex index, int options, IParserSettings settings) {
            // as GCCLanguage does, with GNU C statements CDT does not know (GnuCParser)
            GnuCParser p = new GnuCParser(scanner, parserMode, logService, getParserExtensionConfiguration(), index);
            if (settings != null && (options & ILanguage.OPTION_SKIP_TRIVIAL_EXPRESSIONS_IN_AGGREGATE_INITIALIZERS) != 0
                    && settings.getMaximumTrivialExpressionsInAggregateInitializers() >= 0) {
                p.setMaximumTrivialExpressionsInAggregateInitializers(
                        settings.getMaximumTrivialExpressionsInAggregateInitializers());
            }
            cancellation.parser(p);
            return p;
        }
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
        ForcedIncludes.of(flags, compiler).forEach(p -> forced.add(p.toString()));
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
