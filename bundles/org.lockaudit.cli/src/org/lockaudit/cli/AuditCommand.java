package org.lockaudit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lockaudit.core.audit.LockAudit;
import org.lockaudit.core.report.AuditReport;
import org.lockaudit.core.report.ReportPaths;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lockaudit audit --lock L PATH...}: the critical sections of one lock, what it protects, the sections held
 * for nothing, and what would be left unprotected without it. Exit code 0, 2 on a tool error (an unknown lock
 * among them).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit one lock: its critical sections and what it protects.")
public final class AuditCommand implements Callable<Integer> {
    @Option(names = "--lock", required = true, paramLabel = "LOCK",
            description = "the lock, by name (_pcidevs_lock, pci_dev.lock) or by its wrapper (pcidevs_lock)")
    String lock;

    @Mixin
    TreeOptions tree = new TreeOptions();

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default text)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of stdout")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!Output.FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--format: expected text, json or html, got " + format);
        }
        LoadedTree t = LoadedTree.load(tree, null);
        new KnownLocks(t.facts().units()).check(lock, "the analysed units");
        tree.phase("auditing " + lock);
        LockAudit.Result result = LockAudit.run(t.facts().units(), t.options(), lock, null);
        AuditReport report = new AuditReport(result, ReportPaths.workingDirectory());
        tree.progress().reportPhase();
        Output.write(output, format, report::text, report::json, report::html, tree.skipped(),
                ReportPaths.workingDirectory());
        tree.finish();
        return Main.EXIT_OK;
    }
}
