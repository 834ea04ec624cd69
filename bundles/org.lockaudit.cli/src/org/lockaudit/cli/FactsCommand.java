package org.lockaudit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.facts.Access;
import org.lockaudit.core.facts.CfgNode;
import org.lockaudit.core.facts.Event;
import org.lockaudit.core.facts.Function;
import org.lockaudit.core.facts.LockOperation;
import org.lockaudit.core.facts.TranslationUnitFacts;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockaudit facts PATH...}: every lock operation and field access the front end sees. */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "Print lock operations and field accesses per function.")
public final class FactsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "C files or directories")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    String format;

    @Option(names = {"-I"}, description = "include directory")
    List<Path> includes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<TranslationUnitFacts> units = extract(paths, includes);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if ("json".equals(format)) {
            out.println(new GsonBuilder().setPrettyPrinting().create().toJson(json(units)));
        } else {
            for (TranslationUnitFacts tu : units) {
                for (Function fn : tu.getFunctions()) {
                    for (CfgNode n : fn.getNodes()) {
                        for (Event e : n.getEvents()) {
                            if (e instanceof LockOperation op) {
                                out.printf("%s:%d: %s: %s %s%n", fn.getFile(), op.getLine(), fn.getName(),
                                        op.getOp().getLiteral().toLowerCase(), op.getLock().getExpression());
                            } else if (e instanceof Access a) {
                                out.printf("%s:%d: %s: %s %s%n", fn.getFile(), a.getLine(), fn.getName(),
                                        a.getKind().getLiteral().toLowerCase(), a.getTarget());
                            }
                        }
                    }
                }
            }
        }
        return Main.EXIT_OK;
    }

    static List<TranslationUnitFacts> extract(List<Path> paths, List<Path> includes) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".c")).sorted().forEach(files::add);
                }
                Path inc = p.resolve("include");
                if (Files.isDirectory(inc) && !includes.contains(inc)) {
                    includes.add(inc);
                }
            } else {
                files.add(p);
            }
        }
        TreeConfig.Builder b = new TreeConfig.Builder();
        includes.forEach(i -> b.includePath(i.toAbsolutePath()));
        List<TranslationUnitFacts> units = FactsAnalysis.run(b.build(), files, null).units();
        return units;
    }

    private static JsonObject json(List<TranslationUnitFacts> units) {
        JsonObject root = new JsonObject();
        JsonArray fns = new JsonArray();
        for (TranslationUnitFacts tu : units) {
            for (Function fn : tu.getFunctions()) {
                JsonObject o = new JsonObject();
                o.addProperty("name", fn.getName());
                o.addProperty("file", fn.getFile());
                o.addProperty("line", fn.getStartLine());
                JsonArray ops = new JsonArray();
                JsonArray acc = new JsonArray();
                for (CfgNode n : fn.getNodes()) {
                    for (Event e : n.getEvents()) {
                        if (e instanceof LockOperation op) {
                            JsonObject j = new JsonObject();
                            j.addProperty("op", op.getOp().getLiteral().toLowerCase());
                            j.addProperty("lock", op.getLock().getExpression());
                            j.addProperty("line", op.getLine());
                            ops.add(j);
                        } else if (e instanceof Access a) {
                            JsonObject j = new JsonObject();
                            j.addProperty("field", a.getTarget());
                            j.addProperty("kind", a.getKind().getLiteral().toLowerCase());
                            j.addProperty("line", a.getLine());
                            acc.add(j);
                        }
                    }
                }
                o.add("lockOperations", ops);
                o.add("accesses", acc);
                fns.add(o);
            }
        }
        root.add("functions", fns);
        return root;
    }
}
