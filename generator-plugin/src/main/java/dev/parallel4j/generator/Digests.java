package dev.parallel4j.generator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The one definition of how inputs are hashed (SHA-256, lower-case hex), shared by the loader, which records the
 * digest of every file it reads, and the up-to-date check, which hashes them again, so that the two agree; and of
 * the quicker checksum (CRC-32C) kept for each generated file, which is only read again to confirm that a file whose
 * time changed still holds what was generated.
 */
public final class Digests {
    private Digests() {}

    /** The SHA-256 of some bytes in lower-case hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The CRC-32C of some bytes in lower-case hex: eight digits. */
    public static String crc32c(byte[] bytes) {
        CRC32C checksum = new CRC32C();
        checksum.update(bytes);
        return HexFormat.of().toHexDigits((int) checksum.getValue());
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
