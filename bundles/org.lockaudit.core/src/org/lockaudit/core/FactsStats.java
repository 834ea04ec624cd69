package org.lockaudit.core;

/**
 * Fidelity and cost of one extraction run. JSON keys (read by bench/) are the component names.
 *
 * @param units              translation units analysed (including those that failed)
 * @param functions          function definitions extracted
 * @param cleanFunctions     functions whose body holds no problem node
 * @param problemFunctions   functions whose body holds a node CDT could not parse
 * @param unresolvedIncludes active {@code #include}s not found
 * @param preprocessorErrors other preprocessor problems ({@code #error}, bad directives...)
 * @param fallbackBindings   field owners resolved from a declared type because the binding failed
 * @param parsed             units parsed in this run
 * @param cached             units taken from the cache
 * @param cacheDiscarded     cache entries found stale or corrupt (then re-parsed)
 * @param failedUnits        units that produced no facts (unreadable, binary, not C, too large, crashed)
 * @param parseMillis        time spent in CDT parsing, summed over units (all threads)
 * @param extractMillis      time spent extracting facts, summed over units
 * @param blankBodies        header inline functions taken from the run's memo with their body served blank
 * @param reparsedUnits      units parsed again because their macros differed where blank bodies lay (those bodies
 *                           whole the second time, the others still blank)
 * @param cpuMillis          CPU time of the parsing threads (parse, extraction, cache), summed over units; 0 for
 *                           facts read whole from elsewhere
 */
public record FactsStats(int units, int functions, int cleanFunctions, int problemFunctions, int unresolvedIncludes,
        int preprocessorErrors, int fallbackBindings, int parsed, int cached, int cacheDiscarded, int failedUnits,
        long parseMillis, long extractMillis, int blankBodies, int reparsedUnits,
        long cpuMillis) {
}
