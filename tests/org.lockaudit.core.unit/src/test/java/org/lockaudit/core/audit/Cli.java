package org.lockaudit.core.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.lockaudit.cli.Main;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs the command line in-process with a JSON report written to a file; helpers for the examples. */
final class Cli {
    record Run(int code, JsonObject json, String err) {
    }

    private Cli() {
    }

    static Path repo() {
        return Path.of(System.getProperty("lockaudit.repo", ".")).toAbsolutePath().normalize();
    }

    static Path example(String side) {
        return repo().resolve("examples/pci").resolve(side);
    }

    static synchronized Run json(Path out, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "-o", out.toString()));
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(all.toArray(new String[0]));
            JsonObject o = Files.exists(out) ? JsonParser.parseString(Files.readString(out)).getAsJsonObject() : null;
            return new Run(code, o, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    /** {@code file-name:line} of every {@code @expect <kind>} marker under {@code dir}. */
    static Set<String> expectations(Path dir, String kind) throws IOException {
        Set<String> out = new TreeSet<>();
        Pattern p = Pattern.compile("@expect\\s+" + Pattern.quote(kind) + "\\b");
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".c") || x.toString().endsWith(".h")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = p.matcher(lines.get(i));
                    if (m.find()) {
                        out.add(f.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        return out;
    }

    static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }
}
