package org.lockaudit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.lockaudit.core.FactsResult;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lockaudit facts PATH...}: every lock operation, field access and call the front end sees. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Print lock operations, field accesses and calls per function, and parse diagnostics.")
public final class FactsCommand implements Callable<Integer> {
    @Mixin
    TreeOptions tree = new TreeOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Option(names = "--stats", description = "print fidelity statistics (and diagnostics) instead of the facts")
    boolean stats;

    @Override
    public Integer call() throws Exception {
        if (!"text".equals(format) && !"json".equals(format)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--format: expected text or json, got " + format);
        }
        FactsResult result = tree.facts(null);
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        FactsFormat fmt = new FactsFormat();
        if ("json".equals(format)) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(fmt.json(result, stats)));
        } else if (stats) {
            fmt.text(result).stream().filter(l -> l.contains(": diagnostic: ")).forEach(out::println);
            FactsFormat.statsText(result.stats()).forEach(out::println);
        } else {
            fmt.text(result).forEach(out::println);
        }
        out.flush();
        tree.finish();
        return Main.EXIT_OK;
    }
}
