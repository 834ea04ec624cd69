package org.lockaudit.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Writes one of a report's renderings to a file or stdout (flushed, never closed). */
final class Output {
    static final Set<String> FORMATS = Set.of("text", "json", "html");

    /** One rendering. */
    interface Render {
        void write(Writer out) throws IOException;
    }

    private Output() {
    }

    static void write(Path output, String format, Render text, Render json, Render html) throws IOException {
        Render r = switch (format) {
            case "json" -> json;
            case "html" -> html;
            default -> text;
        };
        if (output != null) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                r.write(w);
            }
        } else {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            r.write(w);
            w.flush();
        }
    }
}
