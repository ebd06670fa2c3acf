package dev.parallel4j.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parallel4j.runtime.error.ResponseDecodingException;
import dev.parallel4j.runtime.error.StreamErrorException;
import dev.parallel4j.runtime.sse.EventStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every way an event stream stops before the server ends it releases its connection: the server holds each
 * response open forever and counts the sockets the client has not closed, which must come back to zero.
 */
class ConnectionReleaseTest {
    /** Long enough for any machine; the tests pass as soon as the client closes its socket. */
    private static final Duration SAFETY_NET = Duration.ofSeconds(20);

    record Event(@JsonProperty("type") String type, @JsonProperty("n") Integer n) {}

    private static final ResponseSpec<Event> SPEC = ResponseSpec.of(Event.class)
            .resumable("last_event_id", "event_id")
            .withErrorEvent(Event.class, event -> "error".equals(event.type()) ? event : null);

    private HeldOpenSseServer server;

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private EventStream<Event> open(String events) throws IOException {
        server = new HeldOpenSseServer(events);
        EventStream<Event> stream = new TestClientBuilder().baseUrl(server.baseUrl()).build()
                .stream(ApiRequest.builder("GET", "/v1/events").build(), SPEC, RequestOptions.none());
        assertThat(server.openConnections()).as("the response is being read").isEqualTo(1);
        return stream;
    }

    private void assertReleased(EventStream<Event> stream) throws InterruptedException {
        assertThat(stream.isClosed()).isTrue();
        assertThat(server.awaitAllClosed(SAFETY_NET)).as("the client closed its socket").isTrue();
        assertThat(server.openConnections()).isZero();
    }

    @Test
    void closingMidStreamReleasesTheConnection() throws Exception {
        EventStream<Event> stream = open("data: {\"type\":\"item\",\"n\":1}\n\ndata: {\"type\":\"item\",\"n\":2}\n\n");
        Iterator<Event> events = stream.iterator();
        assertThat(events.next().n()).isEqualTo(1);
        assertThat(server.openConnections()).as("still open while the caller reads").isEqualTo(1);

        stream.close();

        assertReleased(stream);
    }

    @Test
    void leavingATryWithResourcesBlockEarlyReleasesTheConnection() throws Exception {
        EventStream<Event> stream = open("data: {\"type\":\"item\",\"n\":1}\n\ndata: {\"type\":\"item\",\"n\":2}\n\n");
        try (stream) {
            for (Event event : stream) {
                if (event.n() == 1) {
                    break;
                }
            }
        }
        assertReleased(stream);
    }

    @Test
    void closingTheJavaStreamReleasesTheConnection() throws Exception {
        EventStream<Event> stream = open("data: {\"type\":\"item\",\"n\":1}\n\n");
        try (Stream<Event> events = stream.stream()) {
            assertThat(events.findFirst()).isPresent();
        }
        assertReleased(stream);
    }

    @Test
    void anErrorEventReleasesTheConnectionAsItIsRaised() throws Exception {
        EventStream<Event> stream = open("data: {\"type\":\"error\",\"error\":{\"message\":\"failed\"}}\n\n");

        assertThat(catchThrowable(() -> stream.iterator().next())).isInstanceOf(StreamErrorException.class);

        assertReleased(stream);
    }

    @Test
    void anUndecodableEventReleasesTheConnectionAsItIsRaised() throws Exception {
        EventStream<Event> stream = open("data: {\"type\":\"item\",\"n\":\"many\"}\n\n");

        assertThat(catchThrowable(() -> stream.iterator().next())).isInstanceOf(ResponseDecodingException.class);

        assertReleased(stream);
    }
}
