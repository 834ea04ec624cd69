package org.lockaudit.core.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.lockaudit.core.facts.FactsPackage;
import org.lockaudit.core.facts.IncludedFile;
import org.lockaudit.core.facts.TranslationUnitFacts;

/**
 * The on-disk cache of translation-unit facts: one EMF binary resource per unit and configuration, under
 * {@code dir/xx/<slot>.facts}. An entry is used only if its recorded key equals the key recomputed now from the
 * unit's contents, its configuration fingerprint, the engine version and the current contents of every file it
 * included; anything else (stale, truncated, corrupt) is discarded and the unit re-parsed. Writes go to a
 * temporary file renamed into place, so concurrent runs never see half an entry.
 */
public final class FactsCache {
    /** What a lookup found. */
    public enum Status {
        HIT, MISS, STALE, CORRUPT
    }

    /** A lookup's outcome: the facts on a hit, else null. */
    public record Lookup(Status status, TranslationUnitFacts facts, String detail) {
    }

    private final Path dir;
    private final String engineVersion;
    private final Map<String, String> fileHashes = new ConcurrentHashMap<>();

    public FactsCache(Path dir, String engineVersion) {
        this.dir = dir;
        this.engineVersion = engineVersion;
        FactsPackage.eINSTANCE.getClass(); // registers the package for loading
    }

    public Path dir() {
        return dir;
    }

    /** The entry file of {@code unit} under {@code fingerprint}. */
    public Path entry(String unit, String fingerprint) {
        String slot = ContentHash.of(engineVersion + "\0" + unit + "\0" + fingerprint);
        return dir.resolve(slot.substring(0, 2)).resolve(slot.substring(2, 40) + ".facts");
    }

    /** The full cache key of a unit whose own contents hash to {@code unitHash}. */
    public String key(String unit, String fingerprint, String unitHash, Iterable<IncludedFile> includes) {
        StringBuilder s = new StringBuilder(engineVersion).append('\0').append(unit).append('\0').append(fingerprint)
                .append('\0').append(unitHash);
        for (IncludedFile f : includes) {
            s.append('\0').append(f.getPath()).append('=').append(f.getContentHash());
        }
        return ContentHash.of(s.toString());
    }

    public Lookup lookup(String unit, String fingerprint, String unitHash) {
        Path entry = entry(unit, fingerprint);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return new Lookup(Status.MISS, null, null);
        } catch (IOException e) {
            return new Lookup(Status.CORRUPT, null, "unreadable cache entry " + entry + ": " + e.getMessage());
        }
        TranslationUnitFacts facts;
        try {
            byte[] payload = unwrap(bytes);
            Resource r = new BinaryResourceImpl(URI.createFileURI(entry.toString()));
            r.load(new ByteArrayInputStream(payload), null);
            if (r.getContents().size() != 1 || !(r.getContents().get(0) instanceof TranslationUnitFacts tu)) {
                throw new IOException("unexpected contents");
            }
            facts = tu;
            r.getContents().clear();
        } catch (Exception | StackOverflowError e) {
            delete(entry);
            return new Lookup(Status.CORRUPT, null, "corrupt cache entry " + entry + " discarded: " + e);
        }
        for (IncludedFile f : facts.getIncludes()) {
            String now = hashOf(f.getPath());
            if (!now.equals(f.getContentHash())) {
                return new Lookup(Status.STALE, null, "changed: " + f.getPath());
            }
        }
        String key = key(unit, fingerprint, unitHash, facts.getIncludes());
        if (!key.equals(facts.getCacheKey()) || !unit.equals(facts.getPath())) {
            return new Lookup(Status.STALE, null, "changed: " + unit);
        }
        return new Lookup(Status.HIT, facts, null);
    }

    /** Saves {@code facts} (whose includes and cache key are set) atomically; failures are ignored. */
    public boolean store(String unit, String fingerprint, TranslationUnitFacts facts) {
        Path entry = entry(unit, fingerprint);
        try {
            TranslationUnitFacts copy = org.lockaudit.core.extract.FactsCopier.copy(facts);
            Resource r = new BinaryResourceImpl(URI.createFileURI(entry.toString()));
            r.getContents().add(copy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.save(out, null);
            Files.createDirectories(entry.getParent());
            Path tmp = Files.createTempFile(entry.getParent(), entry.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, wrap(out.toByteArray()));
                try {
                    Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * First line of every entry: format and the CRC-32C of the rest (a flipped byte, a truncation or garbage is
     * caught, not loaded: the check is against accidents, not forgery). The format number changes with the facts
     * model or the entry's layout, so an entry of an older one is never loaded (2: the globals' {@code threadLocal};
     * 3: CRC-32C instead of SHA-256, which took a sixth of a warm Xen run's cache reads where the JIT does not
     * compile SHA-256 to its machine instructions).
     */
    static final String MAGIC = "lockaudit-facts 3 ";

    /** The entry check: CRC-32C (Castagnoli) of {@code payload}, as 8 hex digits. */
    static String checksum(byte[] payload) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(payload);
        return String.format("%08x", crc.getValue());
    }

    static byte[] wrap(byte[] payload) {
        byte[] head = (MAGIC + checksum(payload) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(head, head.length + payload.length);
        System.arraycopy(payload, 0, all, head.length, payload.length);
        return all;
    }

    static byte[] unwrap(byte[] entry) throws IOException {
        int nl = -1;
        for (int i = 0; i < Math.min(entry.length, 128); i++) {
            if (entry[i] == '\n') {
                nl = i;
                break;
            }
        }
        String head = nl < 0 ? "" : new String(entry, 0, nl, java.nio.charset.StandardCharsets.US_ASCII);
        if (!head.startsWith(MAGIC)) {
            throw new IOException("not a facts cache entry of this format");
        }
        byte[] payload = java.util.Arrays.copyOfRange(entry, nl + 1, entry.length);
        if (!head.substring(MAGIC.length()).equals(checksum(payload))) {
            throw new IOException("checksum mismatch (truncated or modified)");
        }
        return payload;
    }

    /** Temporary files older than this are left-overs of a killed run (a live write takes milliseconds). */
    static final long STALE_TEMP_MILLIS = 10 * 60_000L;

    /**
     * Deletes temporary files left by a run that was killed in the middle of a write (entries themselves are
     * always whole: renamed into place). Returns how many were deleted.
     */
    public int sweepTemporaries() {
        long cutoff = System.currentTimeMillis() - STALE_TEMP_MILLIS;
        int n = 0;
        try (java.util.stream.Stream<Path> s = Files.find(dir, 2, (p, a) -> a.isRegularFile()
                && p.getFileName().toString().endsWith(".tmp") && a.lastModifiedTime().toMillis() < cutoff)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                delete(p);
                n++;
            }
        } catch (IOException | RuntimeException e) {
            // no cache yet, or unreadable: nothing to sweep
        }
        return n;
    }

    /** The content hash of a file now (memoised for this cache instance, i.e. one run); "" when missing. */
    public String hashOf(String path) {
        return fileHashes.computeIfAbsent(path, p -> {
            try {
                return ContentHash.of(Files.readAllBytes(Path.of(p)));
            } catch (IOException | RuntimeException e) {
                return "";
            }
        });
    }

    /** Records a hash computed elsewhere (the header cache), so it is not read again. */
    public void knowHash(String path, String hash) {
        fileHashes.putIfAbsent(path, hash);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Another run may hold it; it will be overwritten.
        }
    }
}
