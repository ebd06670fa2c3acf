package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallel4j.runtime.json.Json;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests how JSON, form and raw bodies become bytes and a {@code Content-Type}. */
final class BodyEncoderTest {
    private final BodyEncoder encoder = new BodyEncoder(Json.newMapper());

    @TempDir
    Path dir;

    @Test
    void aMultipartBodyHasATextPartAFilePartOnePartPerListElementAndJsonForObjects() throws Exception {
        Path audio = Files.write(dir.resolve("clip.txt"), "hello".getBytes(StandardCharsets.UTF_8));
        FormBody form = FormBody.multipart()
                .field("model", "whisper")
                .field("file", FileUpload.of(audio).withContentType("audio/wav"))
                .field("tags", List.of("a", "b"))
                .field("settings", Map.of("depth", 2))
                .field("skipped", null)
                .build();
        BodyEncoder.Encoded encoded = encoder.encode(ApiRequest.builder("POST", "/v1/upload").formBody(form).build());

        String boundary = encoded.contentType().substring("multipart/form-data; boundary=".length());
        String body = new String(Publishers.read(encoded.publisher()), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(""
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nwhisper\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clip.txt\"\r\n"
                + "Content-Type: audio/wav\r\n\r\nhello\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nb\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"settings\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"depth\":2}\r\n"
                + "--" + boundary + "--\r\n");
    }

    @Test
    void aUrlEncodedBodyEncodesEveryField() {
        FormBody form = FormBody.urlEncoded().field("grant type", "a&b").field("scope", List.of("x", "y")).field("n", 1.5).build();
        BodyEncoder.Encoded encoded = encoder.encode(ApiRequest.builder("POST", "/t").formBody(form).build());
        assertThat(encoded.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(new String(Publishers.read(encoded.publisher()), StandardCharsets.UTF_8)).isEqualTo("grant+type=a%26b&scope=x&scope=y&n=1.5");
    }

    @Test
    void aRawBodyIsSentAsGivenWithItsMediaType() {
        BodyEncoder.Encoded text = encoder.encode(ApiRequest.builder("POST", "/sdp").rawBody("v=0", "application/sdp").build());
        assertThat(text.contentType()).isEqualTo("application/sdp");
        assertThat(Publishers.read(text.publisher())).isEqualTo("v=0".getBytes(StandardCharsets.UTF_8));
        BodyEncoder.Encoded file = encoder.encode(ApiRequest.builder("PUT", "/f")
                .rawBody(FileUpload.of("a.bin", new byte[] {1, 2}), "application/octet-stream").build());
        assertThat(Publishers.read(file.publisher())).containsExactly(1, 2);
        assertThatThrownBy(() -> ApiRequest.builder("PUT", "/f").rawBody(42, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer");
    }

    @Test
    void aRequestWithoutBodyEncodesToNothing() {
        assertThat(encoder.encode(ApiRequest.builder("GET", "/x").build())).isNull();
    }

    @Test
    void aFileUploadKeepsItsNameTypeAndContentApartFromTheCaller() {
        byte[] content = {7, 8};
        FileUpload upload = FileUpload.of("x.bin", content);
        content[0] = 0;
        assertThat(Publishers.read(upload.publisher())).containsExactly(7, 8);
        assertThat(upload.filename()).isEqualTo("x.bin");
        assertThat(upload.contentType()).isEqualTo("application/octet-stream");
        assertThat(upload).hasToString("FileUpload{x.bin, application/octet-stream, 2 bytes}");
    }

    @Test
    void bodiesInMemoryOrOnDiskCanBeSentAgainAndAFileIsReadEachTime() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "first");
        BodyEncoder.Encoded encoded = encoder.encode(ApiRequest.builder("POST", "/f")
                .formBody(FormBody.multipart().field("file", FileUpload.of(file)).field("n", 1).build()).build());

        assertThat(encoded.replayable()).isTrue();
        assertThat(new String(Publishers.read(encoded.publisher()), StandardCharsets.UTF_8)).contains("\r\n\r\nfirst\r\n");
        Files.writeString(file, "second");
        assertThat(new String(Publishers.read(encoded.publisher()), StandardCharsets.UTF_8)).contains("\r\n\r\nsecond\r\n");
        assertThat(encoder.encode(ApiRequest.builder("POST", "/j").jsonBody(Map.of("a", 1)).build()).replayable()).isTrue();
    }

    @Test
    void aStreamIsSentOnceSoABodyCarryingItCannotBeReplayed() {
        FileUpload stream = FileUpload.of("s.bin", new ByteArrayInputStream(new byte[] {4, 2}));
        BodyEncoder.Encoded encoded = encoder.encode(ApiRequest.builder("POST", "/f")
                .formBody(FormBody.multipart().field("data", stream).build()).build());

        assertThat(stream.isReplayable()).isFalse();
        assertThat(encoded.replayable()).isFalse();
        assertThat(Publishers.read(encoded.publisher())).containsSubsequence(new byte[] {'\n', 4, 2, '\r'});
        assertThatThrownBy(encoded::publisher)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("FileUpload{s.bin, application/octet-stream, stream} has already been sent: a stream can be sent once");
        assertThatThrownBy(() -> stream.withContentType("image/png").publisher())
                .as("a copy with another media type shares the stream").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMissingFileIsNamedWhenTheCallIsSent() {
        Path missing = dir.resolve("missing.bin");
        FileUpload upload = FileUpload.of(missing);
        assertThat(upload.isReplayable()).isTrue();
        assertThatThrownBy(upload::publisher)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read " + missing + " to upload it");
    }
}
