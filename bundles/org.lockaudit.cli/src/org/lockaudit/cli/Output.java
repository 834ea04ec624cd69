package org.lockaudit.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.lockaudit.core.report.HtmlPage;
import org.lockaudit.core.report.ReportPaths;
import org.lockaudit.core.report.SkippedUnit;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Writes one of a report's renderings to a file or stdout (flushed, never closed), with the run's skipped units:
 * a summary after the text, {@code "skipped"} in the JSON, a section in the HTML.
 */
final class Output {
    static final Set<String> FORMATS = Set.of("text", "json", "html");

    /** One rendering. */
    interface Render {
        void write(Writer out) throws IOException;
    }

    private Output() {
    }

    static void write(Path output, String format, Render text, Render json, Render html) throws IOException {
        write(output, format, text, json, html, List.of(), ReportPaths.workingDirectory());
    }

    static void write(Path output, String format, Render text, Render json, Render html, List<SkippedUnit> skipped,
            ReportPaths paths) throws IOException {
        StringWriter s = new StringWriter();
        switch (format) {
            case "json" -> {
                json.write(s);
                JsonObject o = JsonParser.parseString(s.toString()).getAsJsonObject();
                o.add("skipped", SkippedUnit.json(skipped, paths));
                s = new StringWriter();
                new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(o, s);
                s.write("\n");
            }
            case "html" -> {
                html.write(s);
                if (!skipped.isEmpty()) {
                    String page = s.toString();
                    int end = page.lastIndexOf("</main>");
                    s = new StringWriter();
                    s.write(page.substring(0, end) + HtmlPage.skippedSection(skipped, paths) + page.substring(end));
                }
            }
            default -> {
                text.write(s);
                s.write(SkippedUnit.text(skipped, paths));
            }
        }
        if (output != null) {
            try (Writer w = open(output)) {
                w.write(s.toString());
            }
        } else {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            w.write(s.toString());
            w.flush();
        }
    }

    /** Opens the report file; a failure is one line naming the file. */
    static Writer open(Path output) {
        try {
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (FileSystemException e) {
            throw new ErrorMessages.UsageError("cannot write the report (-o): " + ErrorMessages.of(e));
        } catch (IOException e) {
            throw new ErrorMessages.UsageError("cannot write the report (-o) " + output + ": "
                    + ErrorMessages.clean(e.getMessage()));
        }
    }
}
