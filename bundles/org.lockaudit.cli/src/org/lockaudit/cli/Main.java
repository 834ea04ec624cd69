package org.lockaudit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code lockaudit}: the headless command line. Exit codes, the same for every command (docs/configuration.md):
 * 0 nothing found (diagnostics about the analysed code, such as a missing include or a syntax error, do not count),
 * 1 findings, 2 tool error (bad configuration or options, no input, no unit analysed, unknown lock, internal
 * failure).
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
            cmd.getErr().println("lockaudit: " + ErrorMessages.of(ex));
            if (System.getenv("LOCKAUDIT_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return EXIT_TOOL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            // one line and a hint, not the whole usage
            CommandLine c = ex.getCommandLine();
            c.getErr().println("lockaudit: " + ex.getMessage());
            String name = c.getCommandSpec().qualifiedName();
            c.getErr().println("Try '" + (name.startsWith("lockaudit") ? name : "lockaudit " + name)
                    + " --help' for more information.");
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
