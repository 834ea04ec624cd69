package org.lockaudit.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockaudit.core.FactsAnalysis;
import org.lockaudit.core.FactsResult;
import org.lockaudit.core.config.TreeConfig;
import org.lockaudit.core.facts.Diagnostic;
import org.lockaudit.core.facts.DiagnosticKind;
import org.lockaudit.core.facts.TranslationUnitFacts;

/** Every kind of bad input yields a positioned diagnostic, and the rest of the tree is still analysed. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        return SourceFiles.write(dir, rel, text);
    }

    private static List<Diagnostic> diags(TranslationUnitFacts tu) {
        return tu.getDiagnostics();
    }

    private static String show(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.getKind() + " " + d.getFile() + ":" + d.getLine() + " " + d.getMessage())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void badInputsGetDiagnosticsAndGoodFilesStillProduceFacts() throws Exception {
        List<Path> units = new ArrayList<>();
        units.add(write("good1.c", "struct s { int v; };\nvoid good1(struct s *p)\n{\n    p->v = 1;\n}\n"));
        Path binary = dir.resolve("blob.c");
        Files.write(binary, "int x;\nint y;\n\0\1\2binary".getBytes());
        units.add(binary);
        units.add(write("notes.txt", "not C at all\n"));
        units.add(write("missing.c", "#include <nowhere.h>\n#include \"also_missing.h\"\nvoid m(void)\n{\n}\n"));
        units.add(write("error.c", "void e1(void) { }\n#error this configuration is not supported\nvoid e2(void) { }\n"));
        units.add(write("recurse.c", """
                #define A B
                #define B A
                #define SELF(x) SELF(x) + 1
                int A;
                void r(void)
                {
                    int v = SELF(2);
                    (void)v;
                }
                """));
        StringBuilder deep = new StringBuilder("void deep(int x)\n{\n");
        for (int i = 0; i < 10000; i++) {
            deep.append("{");
        }
        deep.append("\nx++;\n");
        for (int i = 0; i < 10000; i++) {
            deep.append("}");
        }
        deep.append("\n}\n");
        units.add(write("deep.c", deep.toString()));
        StringBuilder big = new StringBuilder("int table[] = {\n");
        while (big.length() < 5_000_000) {
            big.append("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,\n");
        }
        big.append("};\n");
        units.add(write("generated.c", big.toString()));
        Path unreadable = write("secret.c", "int s;\n");
        unreadable.toFile().setReadable(false);
        boolean canTestUnreadable = !Files.isReadable(unreadable);
        units.add(unreadable);
        units.add(write("good2.c", "struct t { int w; };\nvoid good2(struct t *q)\n{\n    q->w++;\n}\n"));

        FactsResult r = FactsAnalysis.run(TreeConfig.empty(), units, new FactsAnalysis.Options(null, 2, 4L << 20),
                null);
        List<TranslationUnitFacts> u = r.units();
        assertEquals(units.size(), u.size());

        assertEquals("good1", u.get(0).getFunctions().get(0).getName());
        assertEquals("good2", u.get(9).getFunctions().get(0).getName());
        assertTrue(diags(u.get(0)).isEmpty() && diags(u.get(9)).isEmpty());

        Diagnostic bin = diags(u.get(1)).get(0);
        assertEquals(DiagnosticKind.UNREADABLE, bin.getKind());
        assertEquals(binary.toString(), bin.getFile());
        assertEquals(3, bin.getLine(), "line of the first NUL byte");
        assertTrue(bin.getMessage().contains("binary"));

        Diagnostic txt = diags(u.get(2)).get(0);
        assertEquals(1, txt.getLine());
        assertTrue(txt.getMessage().contains("not a C source file"), txt.getMessage());

        List<Diagnostic> missing = diags(u.get(3));
        assertEquals(2, missing.size(), show(missing));
        assertEquals(DiagnosticKind.MISSING_INCLUDE, missing.get(0).getKind());
        assertEquals(1, missing.get(0).getLine());
        assertTrue(missing.get(0).getMessage().contains("<nowhere.h>"));
        assertEquals(2, missing.get(1).getLine());
        assertEquals(2, u.get(3).getUnresolvedIncludes());
        assertEquals("m", u.get(3).getFunctions().get(0).getName(), "a unit with missing includes still has facts");

        List<Diagnostic> err = diags(u.get(4));
        assertEquals(DiagnosticKind.PREPROCESSOR, err.get(0).getKind(), show(err));
        assertEquals(2, err.get(0).getLine());
        assertEquals(1, u.get(4).getPreprocessorErrors());
        assertEquals(2, u.get(4).getFunctions().size(), "#error does not stop the parse");

        assertEquals("r", u.get(5).getFunctions().get(0).getName(), show(diags(u.get(5))));

        TranslationUnitFacts d = u.get(6);
        assertTrue(d.getFunctions().size() == 1 && diags(d).isEmpty()
                || diags(d).stream().anyMatch(x -> x.getKind() == DiagnosticKind.LIMIT && x.getLine() == 3),
                "10,000-deep nesting is either parsed or reported at its deepest line: " + show(diags(d)));

        Diagnostic gen = diags(u.get(7)).get(0);
        assertEquals(DiagnosticKind.LIMIT, gen.getKind());
        assertEquals(1, gen.getLine());
        assertTrue(gen.getMessage().contains("too large"));

        if (canTestUnreadable) {
            Diagnostic sec = diags(u.get(8)).get(0);
            assertEquals(DiagnosticKind.UNREADABLE, sec.getKind());
            assertEquals(1, sec.getLine());
        }
        assertTrue(r.stats().failedUnits() >= 3);
        assertEquals(2 + 1 + 2 + 1, r.stats().functions() - u.get(6).getFunctions().size());
    }

    @Test
    void largeGeneratedFileParsesWhenTheLimitAllows() throws Exception {
        StringBuilder big = new StringBuilder("int table[] = {\n");
        while (big.length() < 5_000_000) {
            big.append("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,\n");
        }
        big.append("};\nstruct s { int v; };\nvoid after(struct s *p)\n{\n    p->v = 0;\n}\n");
        Path g = write("gen.c", big.toString());
        FactsResult r = FactsAnalysis.run(TreeConfig.empty(), List.of(g), new FactsAnalysis.Options(null, 1, 8L << 20),
                null);
        assertEquals("after", r.units().get(0).getFunctions().get(0).getName());
    }
}
