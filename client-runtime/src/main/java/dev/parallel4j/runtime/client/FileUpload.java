package dev.parallel4j.runtime.client;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file to send in a {@code multipart/form-data} body (a property the document types {@code format: binary}) or
 * as a raw binary body: its name, its media type and its content, from memory, from disk or from a stream.
 *
 * <p>Content in memory or on disk can be sent again, so a call carrying it is retried after a failure; content
 * from an {@link InputStream} is read once, as the call is sent, so such a call is never retried
 * ({@link #isReplayable()}).
 */
public final class FileUpload {
    private static final String OCTET_STREAM = "application/octet-stream";

    private final String filename;
    private final String contentType;
    private final byte[] content;
    private final Path path;
    private final InputStream stream;
    private final AtomicBoolean streamSent;

    private FileUpload(String filename, String contentType, byte[] content, Path path, InputStream stream, AtomicBoolean streamSent) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content;
        this.path = path;
        this.stream = stream;
        this.streamSent = streamSent;
    }

    /**
     * A file on disk, named after it, its media type guessed from its name; read each time the call is sent.
     *
     * @param file the file's path; its last element is the file name sent
     * @return the upload, sent as {@code application/octet-stream} when its media type cannot be guessed
     */
    public static FileUpload of(Path file) {
        String type = null;
        try {
            type = Files.probeContentType(file);
        } catch (IOException unknown) {
            // fall back to octet-stream below
        }
        return new FileUpload(file.getFileName().toString(), type != null ? type : OCTET_STREAM, null, file, null, null);
    }

    /**
     * Content in memory, sent as {@code application/octet-stream} under the given file name.
     *
     * @param filename the file name sent with the part
     * @param content the file's bytes, copied: later changes to the array are not sent
     * @return the upload
     */
    public static FileUpload of(String filename, byte[] content) {
        return new FileUpload(filename, OCTET_STREAM, content.clone(), null, null, null);
    }

    /**
     * Content read from a stream as the call is sent, without holding it all in memory, as
     * {@code application/octet-stream} under the given file name. The stream is read once: a call carrying it is
     * not retried, and it cannot be sent in a second call. The caller closes it.
     *
     * @param filename the file name sent with the part
     * @param content the stream the content is read from, once
     * @return the upload, not replayable
     */
    public static FileUpload of(String filename, InputStream content) {
        return new FileUpload(filename, OCTET_STREAM, null, null, Objects.requireNonNull(content, "content"), new AtomicBoolean());
    }

    /**
     * The same file sent with another media type, e.g. {@code audio/mpeg}.
     *
     * @param contentType the media type to send
     * @return a copy of this upload with that media type, sharing its content (a stream is still sent once)
     */
    public FileUpload withContentType(String contentType) {
        return new FileUpload(filename, contentType, content, path, stream, streamSent);
    }

    /**
     * The file name sent with the part.
     *
     * @return the file name, for a file on disk the last element of its path
     */
    public String filename() {
        return filename;
    }

    /**
     * The media type sent with the part.
     *
     * @return the media type, {@code application/octet-stream} unless guessed from a file's name or set
     */
    public String contentType() {
        return contentType;
    }

    /**
     * Whether the content can be sent more than once: {@code false} only for content from a stream.
     *
     * @return {@code true} for content in memory or on disk, {@code false} for content from a stream
     */
    public boolean isReplayable() {
        return stream == null;
    }

    /**
     * The content as the HTTP client sends it.
     *
     * @throws UncheckedIOException if the file does not exist
     * @throws IllegalStateException if the content is a stream that has already been sent
     */
    BodyPublisher publisher() {
        if (content != null) {
            return BodyPublishers.ofByteArray(content);
        }
        if (path != null) {
            try {
                return BodyPublishers.ofFile(path);
            } catch (FileNotFoundException e) {
                throw new UncheckedIOException("Cannot read " + path + " to upload it", e);
            }
        }
        if (streamSent.getAndSet(true)) {
            throw new IllegalStateException(this + " has already been sent: a stream can be sent once");
        }
        return BodyPublishers.ofInputStream(() -> stream);
    }

    @Override
    public String toString() {
        String source = path != null ? path.toString() : content != null ? content.length + " bytes" : "stream";
        return "FileUpload{" + filename + ", " + contentType + ", " + source + "}";
    }
}
