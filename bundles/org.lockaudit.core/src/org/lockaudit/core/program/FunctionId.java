package org.lockaudit.core.program;

/**
 * A function's identity across translation units: its name, plus its defining file when it is {@code static} (two
 * files' static helpers of the same name never merge).
 */
public record FunctionId(String name, String staticFile) implements Comparable<FunctionId> {
    /** By name, then by {@code String.valueOf(staticFile)}; written out, as it orders every sorted map (perf). */
    @Override
    public int compareTo(FunctionId o) {
        int c = name.compareTo(o.name);
        return c != 0 ? c : String.valueOf(staticFile).compareTo(String.valueOf(o.staticFile));
    }

    @Override
    public String toString() {
        return staticFile == null ? name : name + " [" + staticFile + "]";
    }
}
