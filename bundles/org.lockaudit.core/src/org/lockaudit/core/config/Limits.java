package org.lockaudit.core.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analysis budgets: how much time and size one translation unit or one function may take before it is
 * abandoned and reported as {@code analysis-incomplete} (the rest of the run goes on). Set in
 * {@code lockaudit.json} under {@code "limits"} or on the command line ({@code --unit-timeout}, ...); the defaults
 * are generous for real code and documented in docs/robustness.md.
 *
 * @param unitTimeoutMillis     parse + fact extraction of one unit (wall clock); past it the unit is abandoned
 * @param maxMacroTokens        tokens one macro invocation may expand to (estimated before parsing)
 * @param maxCfgNodes           CFG nodes of one function; a larger function is not analysed
 * @param functionTimeoutMillis dataflow of one function, per run (wall clock)
 * @param maxNodeVisits         visits of one CFG node in one dataflow fixpoint
 * @param maxSummaryRounds      rounds of the summary fixpoint over one recursive component
 */
public record Limits(long unitTimeoutMillis, long maxMacroTokens, int maxCfgNodes, long functionTimeoutMillis,
        int maxNodeVisits, int maxSummaryRounds) {

    public static final Limits DEFAULT = new Limits(30_000, 2_000_000, 20_000, 5_000, 200, 6);

    /** No limit at all: for tests that want the engine's raw behaviour. */
    public static final Limits NONE = new Limits(0, 0, 0, 0, 0, 0);

    /** Keys of the {@code "limits"} object of {@code lockaudit.json}. */
    public static final Map<String, String> KEYS;

    static {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("unitTimeout", "duration");
        k.put("maxMacroTokens", "count");
        k.put("maxCfgNodes", "count");
        k.put("functionTimeout", "duration");
        k.put("maxNodeVisits", "count");
        k.put("maxSummaryRounds", "count");
        KEYS = java.util.Collections.unmodifiableMap(k);
    }

    public Limits withUnitTimeoutMillis(long v) {
        return new Limits(v, maxMacroTokens, maxCfgNodes, functionTimeoutMillis, maxNodeVisits, maxSummaryRounds);
    }

    public Limits withMaxMacroTokens(long v) {
        return new Limits(unitTimeoutMillis, v, maxCfgNodes, functionTimeoutMillis, maxNodeVisits, maxSummaryRounds);
    }

    public Limits withMaxCfgNodes(int v) {
        return new Limits(unitTimeoutMillis, maxMacroTokens, v, functionTimeoutMillis, maxNodeVisits, maxSummaryRounds);
    }

    public Limits withFunctionTimeoutMillis(long v) {
        return new Limits(unitTimeoutMillis, maxMacroTokens, maxCfgNodes, v, maxNodeVisits, maxSummaryRounds);
    }

    public Limits withMaxNodeVisits(int v) {
        return new Limits(unitTimeoutMillis, maxMacroTokens, maxCfgNodes, functionTimeoutMillis, v, maxSummaryRounds);
    }

    public Limits withMaxSummaryRounds(int v) {
        return new Limits(unitTimeoutMillis, maxMacroTokens, maxCfgNodes, functionTimeoutMillis, maxNodeVisits, v);
    }

    /** This with one key of {@link #KEYS} set from its text ({@code "20s"}, {@code "500ms"}, {@code "10000"}). */
    public Limits with(String key, String value) throws IllegalArgumentException {
        switch (key) {
            case "unitTimeout":
                return withUnitTimeoutMillis(parseDuration(value));
            case "maxMacroTokens":
                return withMaxMacroTokens(parseCount(value));
            case "maxCfgNodes":
                return withMaxCfgNodes((int) Math.min(Integer.MAX_VALUE, parseCount(value)));
            case "functionTimeout":
                return withFunctionTimeoutMillis(parseDuration(value));
            case "maxNodeVisits":
                return withMaxNodeVisits((int) Math.min(Integer.MAX_VALUE, parseCount(value)));
            case "maxSummaryRounds":
                return withMaxSummaryRounds((int) Math.min(Integer.MAX_VALUE, parseCount(value)));
            default:
                throw new IllegalArgumentException("unknown limit \"" + key + "\"; known limits: "
                        + String.join(", ", KEYS.keySet()));
        }
    }

    /** {@code 250ms}, {@code 20s}, {@code 2m}, or plain milliseconds; {@code 0}/{@code none} = no limit. */
    public static long parseDuration(String s) {
        String t = s.strip().toLowerCase();
        if (t.equals("none") || t.equals("off")) {
            return 0;
        }
        long mult = 1;
        String num = t;
        if (t.endsWith("ms")) {
            num = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            mult = 1000;
            num = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m") || t.endsWith("min")) {
            mult = 60_000;
            num = t.substring(0, t.length() - (t.endsWith("min") ? 3 : 1));
        }
        try {
            double v = Double.parseDouble(num.strip());
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return Math.round(v * mult);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: \"" + s + "\" (e.g. 500ms, 20s, 2m, or 0 for none)");
        }
    }

    /** A non-negative count, with an optional {@code k}/{@code M} suffix; {@code 0}/{@code none} = no limit. */
    public static long parseCount(String s) {
        String t = s.strip().toLowerCase();
        if (t.equals("none") || t.equals("off")) {
            return 0;
        }
        long mult = 1;
        if (t.endsWith("k")) {
            mult = 1000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            mult = 1_000_000;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(v, mult);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a count: \"" + s + "\" (a non-negative integer, or 0 for none)");
        }
    }
}
