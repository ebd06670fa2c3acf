package dev.parallel4j.demo;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A local WireMock server that answers like the Parallel API by replaying recorded responses: by default one
 * scenario from the classpath, the mappings and body files under {@code recordings/<scenario>/}. The demo uses it
 * when no API key is set; the integration tests use it for every scenario they replay or record.
 */
public final class RecordedParallelServer implements AutoCloseable {
    private static final String RECORDINGS = "recordings/";
    private static final String LOOPBACK = "127.0.0.1";

    private final WireMockServer server;

    private RecordedParallelServer(WireMockServer server) {
        this.server = server;
    }

    /**
     * Starts a server replaying a scenario from the classpath.
     *
     * @param scenario the folder under {@code recordings/}, e.g. {@code demo-run}
     * @throws IllegalArgumentException if the classpath holds no such scenario
     */
    public static RecordedParallelServer start(String scenario) {
        String root = RECORDINGS + scenario;
        if (RecordedParallelServer.class.getClassLoader().getResource(root + "/mappings") == null) {
            throw new IllegalArgumentException("No recorded scenario '" + scenario + "' on the classpath (expected "
                    + root + "/mappings)");
        }
        return start(options().usingFilesUnderClasspath(root));
    }

    /**
     * Starts a server with other settings (another files root, extensions), still on a free loopback port.
     *
     * @param options the WireMock settings; the bind address and port are set here
     */
    public static RecordedParallelServer start(WireMockConfiguration options) {
        WireMockServer server = new WireMockServer(options.bindAddress(LOOPBACK).dynamicPort());
        server.start();
        return new RecordedParallelServer(server);
    }

    /** The port it listens on, on {@code 127.0.0.1}. */
    public int port() {
        return server.port();
    }

    /** Where to point a client: {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://" + LOOPBACK + ":" + server.port();
    }

    /**
     * Adds a stub in front of the recording, e.g. a fault or a delay for a test of how the client copes; give it
     * a higher priority ({@code atPriority(1)}) than the recording's mappings to make sure it wins.
     */
    public void stubFor(MappingBuilder stub) {
        server.stubFor(stub);
    }

    /** The requests received so far, oldest first. */
    public List<LoggedRequest> requests() {
        List<LoggedRequest> requests = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            requests.add(0, event.getRequest()); // WireMock lists the newest first
        }
        return requests;
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop();
    }
}
