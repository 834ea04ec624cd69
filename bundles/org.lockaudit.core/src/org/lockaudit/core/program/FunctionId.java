package org.lockaudit.core.program;

import java.util.Objects;

/**
 * A function's identity across translation units: its name, plus its defining file when it is {@code static} (two
 * files' static helpers of the same name never merge). A value, equal by name and file; written out instead of a
 * record to keep its hash (it keys every per-function table the analysis looks up, many times per function: perf).
 */
public final class FunctionId implements Comparable<FunctionId> {
    private final String name;
    private final String staticFile;
    private final int hash;

    public FunctionId(String name, String staticFile) {
        this.name = name;
        this.staticFile = staticFile;
        this.hash = 31 * Objects.hashCode(name) + Objects.hashCode(staticFile);
    }

    public String name() {
        return name;
    }

    public String staticFile() {
        return staticFile;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof FunctionId f && hash == f.hash && Objects.equals(name, f.name)
                && Objects.equals(staticFile, f.staticFile);
    }

    @Override
    public int hashCode() {
        return hash;
    }

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
