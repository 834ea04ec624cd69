package org.lockaudit.cli;

import org.lockaudit.core.config.ConfigException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lockaudit}: the headless command line. Exit codes: 0 nothing found (diagnostics about the analysed code,
 * such as a missing include or a syntax error, do not count), 1 findings, 2 tool error (bad configuration or
 * options, no input, internal failure).
 */
@Command(name = "lockaudit", mixinStandardHelpOptions = true, version = "LockAudit 0.1.0",
        description = "Which lock protects which data in a C tree, which locks are held on every path, and where the discipline breaks.",
        subcommands = {FactsCommand.class, AnalyzeCommand.class, GuardsCommand.class, AuditCommand.class, DiffCommand.class,
                BenchIncrementalCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_TOOL_ERROR = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ConfigException ce) {
                cmd.getErr().println("lockaudit: " + ce);
            } else if (ex instanceof org.eclipse.core.runtime.OperationCanceledException) {
                cmd.getErr().println("lockaudit: cancelled");
            } else {
                cmd.getErr().println("lockaudit: internal error: " + ex);
                if (System.getenv("LOCKAUDIT_DEBUG") != null) {
                    ex.printStackTrace(cmd.getErr());
                }
            }
            return EXIT_TOOL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("lockaudit: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_TOOL_ERROR;
        });
        try (CancelOnShutdown cancel = new CancelOnShutdown()) {
            return cl.execute(args);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
