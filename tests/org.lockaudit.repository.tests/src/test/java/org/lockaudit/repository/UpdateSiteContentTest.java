package org.lockaudit.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The p2 update site holds both features and every bundle, and the main feature does not ship CDT. */
class UpdateSiteContentTest {
    static ZipFile zip;
    static List<String> names;

    @BeforeAll
    static void open() throws IOException {
        Path p = Path.of(System.getProperty("lockaudit.repository.zip"));
        assertTrue(Files.isRegularFile(p), "update site zip not built: " + p);
        zip = new ZipFile(p.toFile());
        names = zip.stream().map(ZipEntry::getName).sorted().toList();
    }

    @Test
    void hasP2MetadataFeaturesAndBundles() {
        assertTrue(names.contains("content.jar") || names.contains("content.xml.xz"), names.toString());
        assertTrue(names.contains("artifacts.jar") || names.contains("artifacts.xml.xz"), names.toString());
        for (String prefix : List.of("features/org.lockaudit.feature_", "features/org.lockaudit.cdt.feature_",
                "plugins/org.lockaudit.core_", "plugins/org.lockaudit.cli_", "plugins/org.lockaudit.ui_",
                "plugins/org.eclipse.cdt.core_9.")) {
            assertEquals(1, names.stream().filter(n -> n.startsWith(prefix) && n.endsWith(".jar")).count(),
                    prefix + " in " + names);
        }
    }

    @Test
    void mainFeatureRequiresCdtInsteadOfShippingIt() throws IOException {
        String xml = featureXml("features/org.lockaudit.feature_");
        assertTrue(xml.contains("<import plugin=\"org.eclipse.cdt.core\""), xml);
        assertFalse(xml.contains("<plugin id=\"org.eclipse.cdt.core\""), xml);
        assertTrue(featureXml("features/org.lockaudit.cdt.feature_").contains("id=\"org.eclipse.cdt.core\""));
    }

    @Test
    void coreBundleCarriesTheFactsModelAndExportsTheEngine() throws IOException {
        ZipEntry core = zip.stream().filter(e -> e.getName().startsWith("plugins/org.lockaudit.core_")).findFirst()
                .orElseThrow();
        boolean model = false;
        String exports = null;
        try (JarInputStream jar = new JarInputStream(zip.getInputStream(core))) {
            exports = jar.getManifest().getMainAttributes().getValue("Export-Package");
            for (ZipEntry e; (e = jar.getNextEntry()) != null;) {
                model |= e.getName().equals("model/facts.ecore");
            }
        }
        assertTrue(model, "model/facts.ecore in the core bundle");
        assertTrue(exports.contains("org.lockaudit.core.facts"), exports);
    }

    private static String featureXml(String prefix) throws IOException {
        ZipEntry f = zip.stream().filter(e -> e.getName().startsWith(prefix)).findFirst().orElseThrow();
        byte[] jarBytes = zip.getInputStream(f).readAllBytes();
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(jarBytes))) {
            for (ZipEntry e; (e = jar.getNextEntry()) != null;) {
                if (e.getName().equals("feature.xml")) {
                    return new String(jar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no feature.xml in " + prefix);
    }
}
