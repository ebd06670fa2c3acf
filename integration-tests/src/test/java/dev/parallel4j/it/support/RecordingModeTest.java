package dev.parallel4j.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.parallel4j.client.ParallelClient;
import dev.parallel4j.client.model.FindAllSchema;
import dev.parallel4j.client.model.IngestInput;
import dev.parallel4j.demo.RecordedParallelServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Recording mode end to end, against a local stand-in for the real API: it fails fast without a key, records
 * through the proxy, saves the scenario without secrets in a form that replays, skips what it cannot record and
 * never replaces a recording with the one of a failed test.
 */
final class RecordingModeTest {
    private static final String KEY = "pk-live-recording-mode-test-4c9e1a";
    private static final String DRAFT = """
            {"objective": "Titanium frame builders in the Nordics", "entity_type": "companies",
             "match_conditions": [{"name": "titanium_check", "description": "Builds titanium frames."}],
             "generator": "core"}""";

    @TempDir
    Path temp;

    @Test
    void withoutAnApiKeyRecordingFailsBeforeAnyTestOfTheClassRuns() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(KeylessSample.class))
                .configurationParameter(RecordingSettings.RECORD, "true")
                .execute();

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(KeylessSample.class),
                finishedWithFailure(instanceOf(IllegalStateException.class),
                        message(text -> text.contains("PARALLEL_API_KEY")))));
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }

    @Test
    void aPassingTestIsRecordedThroughTheProxyAndSavedWithoutSecrets() {
        try (RecordedParallelServer api = startFakeApi()) {
            EngineExecutionResults results = record(api, selectMethod(KeyedSample.class, "draftsASpecification",
                    RecordedApi.class.getName()));

            results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
            assertThat(api.requests()).singleElement()
                    .satisfies(request -> assertThat(request.getHeader("x-api-key")).isEqualTo(KEY));
        }
        Path scenario = temp.resolve("recordings/ingest");
        List<Path> saved = files(scenario);
        assertThat(saved).extracting(file -> scenario.relativize(file).getName(0).toString())
                .containsExactlyInAnyOrder("mappings", "__files");
        assertThat(saved).allSatisfy(file -> assertThat(Files.readString(file))
                .doesNotContain(KEY, "s3ss10n", "x-api-key", "Set-Cookie")
                .doesNotContainIgnoringCase("authorization"));
        assertThat(String.join("\n", saved.stream().map(RecordingModeTest::read).toList())).contains("req_live_1");
        try (RecordedParallelServer replay = RecordedParallelServer.start(
                options().usingFilesUnderDirectory(scenario.toString()))) {
            FindAllSchema draft = ParallelClient.builder().apiKey("any").baseUrl(replay.baseUrl()).build()
                    .findAll().ingest(IngestInput.builder().objective("Titanium frame builders").build());
            assertThat(draft.matchConditions()).singleElement()
                    .satisfies(condition -> assertThat(condition.name()).isEqualTo("titanium_check"));
        }
    }

    @Test
    void aFailingTestLeavesTheCommittedRecordingAsItWas() throws IOException {
        Path committed = temp.resolve("recordings/ingest/mappings/ours.json");
        Files.createDirectories(committed.getParent());
        Files.writeString(committed, "{}");

        try (RecordedParallelServer api = startFakeApi()) {
            record(api, selectMethod(KeyedSample.class, "failsAfterTheCall", RecordedApi.class.getName()))
                    .testEvents().assertStatistics(stats -> stats.failed(1));
        }

        assertThat(files(temp.resolve("recordings/ingest"))).containsExactly(committed);
        assertThat(files(temp.resolve("staging/ingest/mappings"))).as("kept for a look").hasSize(1);
    }

    @Test
    void testsThatCannotRecordTheirScenarioAreSkippedSayingWhyWithoutCallingTheApi() {
        try (RecordedParallelServer api = startFakeApi()) {
            EngineExecutionResults results = record(api,
                    selectMethod(KeyedSample.class, "handWritten", RecordedApi.class.getName()),
                    selectMethod(KeyedSample.class, "aboutAnExistingRun", RecordedApi.class.getName()));

            results.testEvents().assertStatistics(stats -> stats.started(2).aborted(2));
            results.testEvents().aborted().assertThatEvents()
                    .haveExactly(1, event(abortedWithReason(message(text -> text.contains("does not record")))))
                    .haveExactly(1, event(abortedWithReason(message(text -> text.contains(
                            "-Dparallel4j.record.findall-id=")))));
            assertThat(api.requests()).isEmpty();
        }
        assertThat(temp.resolve("recordings/ingest")).doesNotExist();
    }

    private EngineExecutionResults record(RecordedParallelServer api, DiscoverySelector... tests) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(tests)
                .configurationParameter(RecordingSettings.RECORD, "true")
                .configurationParameter(RecordingSettings.TARGET, api.baseUrl())
                .configurationParameter(RecordingSettings.RECORDINGS_DIR, temp.resolve("recordings").toString())
                .configurationParameter(RecordingSettings.STAGING_DIR, temp.resolve("staging").toString())
                .execute();
    }

    /** A stand-in for the real API that answers ingest and sets a session cookie. */
    private RecordedParallelServer startFakeApi() {
        RecordedParallelServer api = RecordedParallelServer.start(
                options().usingFilesUnderDirectory(temp.resolve("api").toString()));
        WireMock.create().host("127.0.0.1").port(api.port()).build()
                .register(post("/v1beta/findall/ingest").willReturn(okJson(DRAFT)
                        .withHeader("Set-Cookie", "session=s3ss10n; Secure; HttpOnly")
                        .withHeader("x-request-id", "req_live_1")));
        return api;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Run by {@link EngineTestKit} only: recording mode with no API key in the environment. */
    static final class KeylessSample {
        @RegisterExtension
        static final RecordedApiExtension API = new RecordedApiExtension(Map.<String, String>of()::get);

        @Test
        @Scenario("ingest")
        void neverRuns(RecordedApi api) {
            api.client().findAll().ingest(IngestInput.builder().objective("unreachable").build());
        }
    }

    /** Run by {@link EngineTestKit} only: recording mode with a key, one test method per case. */
    static final class KeyedSample {
        @RegisterExtension
        static final RecordedApiExtension API = new RecordedApiExtension(Map.of("PARALLEL_API_KEY", KEY)::get);

        @Test
        @Scenario("ingest")
        void draftsASpecification(RecordedApi api) {
            api.client().findAll().ingest(IngestInput.builder().objective("Titanium frame builders").build());
        }

        @Test
        @Scenario("ingest")
        void failsAfterTheCall(RecordedApi api) {
            api.client().findAll().ingest(IngestInput.builder().objective("Titanium frame builders").build());
            throw new AssertionError("fails on purpose");
        }

        @Test
        @Scenario(value = "ingest", live = Scenario.Live.NOT_RECORDED)
        void handWritten(RecordedApi api) {
            api.client().findAll().ingest(IngestInput.builder().objective("unreachable").build());
        }

        @Test
        @Scenario(value = "retrieve", live = Scenario.Live.ON_EXISTING_RUN)
        void aboutAnExistingRun(RecordedApi api) {
            api.client().findAll().retrieve(api.existingId("findall_unreachable"));
        }
    }
}
