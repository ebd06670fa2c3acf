package dev.parallel4j.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parallel4j.demo.RecordedParallelServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Recording mode's server: a WireMock recorder between the client and the real API. It forwards every call, then
 * saves what it saw as the scenario's recording (mappings and body files, secrets stripped by {@link
 * SecretStripper}), first into a staging folder and, only if the test passed, into the scenario's source folder.
 */
final class LiveRecordingServer implements AutoCloseable {
    private static final List<String> RECORDING_FOLDERS = List.of("mappings", "__files");
    private static final int PROXY_TIMEOUT_MILLIS = (int) RecordedApi.RECORDING_TIMEOUT.toMillis();

    private final RecordedParallelServer server;
    private final WireMock admin;
    private final Path staging;

    private LiveRecordingServer(RecordedParallelServer server, Path staging) {
        this.server = server;
        this.admin = WireMock.create().host("127.0.0.1").port(server.port()).build();
        this.staging = staging;
    }

    /**
     * Starts recording calls to the target.
     *
     * @param target the API to forward to, e.g. {@code https://api.parallel.ai}
     * @param apiKey the key the client sends, stripped from what is saved
     * @param staging an empty or absent folder to collect the recording in
     */
    static LiveRecordingServer start(String target, String apiKey, Path staging) {
        clear(staging);
        RecordedParallelServer server = RecordedParallelServer.start(options()
                .usingFilesUnderDirectory(staging.toString())
                .extensions(new SecretStripper(apiKey))
                .proxyTimeout(PROXY_TIMEOUT_MILLIS));
        LiveRecordingServer recorder = new LiveRecordingServer(server, staging);
        recorder.admin.startStubRecording(recordSpec()
                .forTarget(target)
                .extractTextBodiesOver(0)
                .extractBinaryBodiesOver(0)
                .makeStubsPersistent(true));
        return recorder;
    }

    /** Where to point the client. */
    String baseUrl() {
        return server.baseUrl();
    }

    /** The requests received so far, oldest first. */
    List<LoggedRequest> requests() {
        return server.requests();
    }

    /**
     * Stops recording and writes the stubs to the staging folder; if the test passed, they then replace the
     * scenario's recording.
     *
     * @param passed whether the test passed; a failed test's recording stays in staging, for a look
     * @param scenarioDir the scenario's source folder
     */
    void finish(boolean passed, Path scenarioDir) {
        admin.stopStubRecording();
        if (passed) {
            clear(scenarioDir);
            copy(staging, scenarioDir);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** Empties (or creates) the mappings and body-file folders of a recording. */
    private static void clear(Path recording) {
        for (String folder : RECORDING_FOLDERS) {
            Path root = recording.resolve(folder);
            try {
                if (Files.exists(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(file);
                        }
                    }
                }
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot clear " + root, e);
            }
        }
    }

    private static void copy(Path from, Path to) {
        for (String folder : RECORDING_FOLDERS) {
            Path root = from.resolve(folder);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = to.resolve(folder).resolve(root.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy the recording in " + root + " to " + to, e);
            }
        }
    }
}
