package org.lockaudit.core.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints that survive line shifts: kind, function, locks and the normalised text of the reported statement,
 * hashed; never the line number. Two identical findings on identical statements in one function share a
 * fingerprint (a baseline then covers both).
 */
public final class Fingerprints {
    private final SourceLines sources;

    public Fingerprints(SourceLines sources) {
        this.sources = sources;
    }

    public Finding fingerprinted(Finding f) {
        String statement = SourceLines.normalisedStatement(sources.line(f.file(), f.line()));
        String text = f.kind().id() + "\n" + f.function() + "\n" + String.join(",", f.locks()) + "\n" + statement;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return f.withFingerprint(HexFormat.of().formatHex(d, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
