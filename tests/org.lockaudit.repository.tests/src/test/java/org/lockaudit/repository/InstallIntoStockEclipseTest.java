package org.lockaudit.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The p2 director installed org.lockaudit.feature from our update site into org.lockaudit.stock, an Eclipse
 * Platform with CDT core and no LockAudit (see releng/org.lockaudit.product/pom.xml). The install must have resolved
 * against what was there: our bundles and libraries added and configured, CDT core reused, not duplicated.
 */
class InstallIntoStockEclipseTest {
    static final Path INSTALL = Path.of(System.getProperty("lockaudit.stock.install"));

    static List<String> bundlesInfo() throws IOException {
        Path info = INSTALL.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        assertTrue(Files.isRegularFile(info), "no installation at " + INSTALL);
        return Files.readAllLines(info).stream().filter(l -> !l.startsWith("#")).toList();
    }

    static long configured(List<String> lines, String bsn) {
        return lines.stream().filter(l -> l.startsWith(bsn + ",")).count();
    }

    @Test
    void ourBundlesAndLibrariesAreInstalledAndConfigured() throws IOException {
        List<String> lines = bundlesInfo();
        for (String bsn : List.of("org.lockaudit.core", "org.lockaudit.cli", "org.lockaudit.ui", "com.google.gson",
                "picocli")) {
            assertEquals(1, configured(lines, bsn), bsn + " in bundles.info");
        }
    }

    @Test
    void theInstalledCdtCoreIsReusedNotDuplicated() throws IOException {
        assertEquals(1, configured(bundlesInfo(), "org.eclipse.cdt.core"));
        try (Stream<Path> plugins = Files.list(INSTALL.resolve("plugins"))) {
            assertEquals(1, plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.cdt.core_")).count());
        }
    }

    @Test
    void theFeatureIsARootOfTheProfile() throws IOException {
        Path profiles = INSTALL.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile");
        assertTrue(Files.isDirectory(profiles), profiles.toString());
        try (Stream<Path> s = Files.list(profiles)) {
            Path newest = s.filter(p -> p.toString().endsWith(".profile.gz")).sorted().reduce((a, b) -> b).orElseThrow();
            String profile = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(newest)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(profile.contains("id='org.lockaudit.feature.feature.group'"), "feature IU in the profile");
        }
    }
}
