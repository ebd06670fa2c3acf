package dev.parallel4j.runtime.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to send in a {@code multipart/form-data} body (a property the document types {@code format: binary}):
 * its name, its media type and its content, read from memory or from disk when the call is sent.
 */
public final class FileUpload {
    private static final String OCTET_STREAM = "application/octet-stream";

    private final String filename;
    private final String contentType;
    private final byte[] content;
    private final Path path;

    private FileUpload(String filename, String contentType, byte[] content, Path path) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content;
        this.path = path;
    }

    /** A file on disk, named after it, its media type guessed from its name. */
    public static FileUpload of(Path file) {
        String type = null;
        try {
            type = Files.probeContentType(file);
        } catch (IOException unknown) {
            // fall back to octet-stream below
        }
        return new FileUpload(file.getFileName().toString(), type != null ? type : OCTET_STREAM, null, file);
    }

    /** Content in memory, sent as {@code application/octet-stream} under the given file name. */
    public static FileUpload of(String filename, byte[] content) {
        return new FileUpload(filename, OCTET_STREAM, content.clone(), null);
    }

    /** The same file sent with another media type, e.g. {@code audio/mpeg}. */
    public FileUpload withContentType(String contentType) {
        return new FileUpload(filename, contentType, content, path);
    }

    /** The file name sent with the part. */
    public String filename() {
        return filename;
    }

    /** The media type sent with the part. */
    public String contentType() {
        return contentType;
    }

    /**
     * The content: the bytes given, or the file read now.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public byte[] content() {
        if (content != null) {
            return content.clone();
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + " to upload it", e);
        }
    }

    @Override
    public String toString() {
        return "FileUpload{" + filename + ", " + contentType + (path != null ? ", " + path : ", " + content.length + " bytes") + "}";
    }
}
