package org.lockaudit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockaudit audit --lock L PATH...}: skeleton, prints the facts until the audit engine lands. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit one lock: its critical sections and what it protects.")
public final class AuditCommand implements Callable<Integer> {
    @Option(names = "--lock", required = true)
    String lock;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        FactsCommand facts = new FactsCommand();
        facts.paths = paths;
        facts.format = "text";
        return facts.call();
    }
}
