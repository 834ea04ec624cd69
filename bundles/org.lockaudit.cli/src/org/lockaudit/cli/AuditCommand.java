package org.lockaudit.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lockaudit audit --lock L PATH...}: skeleton, prints the facts until the audit engine lands. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit one lock: its critical sections and what it protects.")
public final class AuditCommand implements Callable<Integer> {
    @Option(names = "--lock", required = true)
    String lock;

    @Mixin
    TreeOptions tree = new TreeOptions();

    @Override
    public Integer call() throws Exception {
        FactsCommand facts = new FactsCommand();
        facts.tree = tree;
        facts.format = "text";
        return facts.call();
    }
}
