package org.lockaudit.core.program;

import java.util.Comparator;

/**
 * A function's identity across translation units: its name, plus its defining file when it is {@code static} (two
 * files' static helpers of the same name never merge).
 */
public record FunctionId(String name, String staticFile) implements Comparable<FunctionId> {
    private static final Comparator<FunctionId> ORDER = Comparator.comparing(FunctionId::name)
            .thenComparing(f -> String.valueOf(f.staticFile()));

    @Override
    public int compareTo(FunctionId o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return staticFile == null ? name : name + " [" + staticFile + "]";
    }
}
