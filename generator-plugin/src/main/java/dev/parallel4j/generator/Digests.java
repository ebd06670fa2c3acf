package dev.parallel4j.generator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one definition of how inputs are hashed (SHA-256, lower-case hex), shared by the loader, which records the
 * digest of every file it reads, and the up-to-date check, which hashes them again, so that the two agree.
 */
public final class Digests {
    private Digests() {}

    /** The SHA-256 of some bytes in lower-case hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A fresh SHA-256 digest, to hash something piece by piece. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
