package org.lockaudit.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder until the diff lands. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Lock-split diff.")
public final class DiffCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return Main.EXIT_TOOL_ERROR;
    }
}
