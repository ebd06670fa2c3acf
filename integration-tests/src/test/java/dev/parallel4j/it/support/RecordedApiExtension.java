package dev.parallel4j.it.support;

import dev.parallel4j.demo.RecordedParallelServer;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test annotated with {@link Scenario} a {@link RecordedApi}: a client pointed at a local server that
 * replays the scenario's recording, or, in recording mode, records it again from the real API (then writes it in
 * place of ours if the test passed). Settings are JUnit configuration parameters or system properties (see {@link
 * RecordingSettings}); recording mode without an API key fails before any test of the class runs.
 */
public final class RecordedApiExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback,
                ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(RecordedApiExtension.class);

    private final Function<String, String> environment;

    /** Reads the API key from the process environment; what {@code @ExtendWith} uses. */
    public RecordedApiExtension() {
        this(System::getenv);
    }

    /**
     * Reads the API key from the given environment, to test the extension itself. Settings come from JUnit
     * configuration parameters, which include the system properties.
     *
     * @param environment looks up an environment variable
     */
    public RecordedApiExtension(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Function<String, String> properties = name -> context.getConfigurationParameter(name).orElse(null);
        context.getStore(NAMESPACE).put(RecordingSettings.class, RecordingSettings.resolve(properties, environment));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Scenario scenario = context.getRequiredTestMethod().getAnnotation(Scenario.class);
        if (scenario == null) {
            throw new IllegalStateException(context.getRequiredTestMethod() + " needs @Scenario to name its recording");
        }
        RecordingSettings settings = context.getStore(NAMESPACE).get(RecordingSettings.class, RecordingSettings.class);
        Session session = settings.recording() ? record(scenario, settings) : replay(scenario, settings);
        context.getStore(NAMESPACE).put(Session.class, session);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        session(context).finish().accept(context.getExecutionException().isEmpty());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Session session = session(context);
        if (session != null) { // null when beforeEach failed before starting a server
            session.stop().run();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RecordedApi.class;
    }

    @Override
    public RecordedApi resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return session(context).api();
    }

    private static Session replay(Scenario scenario, RecordingSettings settings) {
        RecordedParallelServer server = RecordedParallelServer.start(scenario.value());
        RecordedApi api = new RecordedApi(server.baseUrl(), settings, scenario, server::requests);
        return new Session(api, () -> {
            api.client().close();
            server.close();
        }, passed -> {});
    }

    private static Session record(Scenario scenario, RecordingSettings settings) {
        Assumptions.assumeTrue(scenario.live() != Scenario.Live.NOT_RECORDED,
                "This test does not record scenario '" + scenario.value() + "'");
        boolean needsAnId = scenario.live().idProperty().isPresent();
        Assumptions.assumeTrue(!needsAnId || settings.existingId(scenario.live()).isPresent(),
                () -> "Scenario '" + scenario.value() + "' is recorded against an existing object of yours: pass "
                        + scenario.live().idOption() + " to record it");
        LiveRecordingServer recorder = LiveRecordingServer.start(
                settings.target(), settings.apiKey(), settings.stagingDir().resolve(scenario.value()));
        RecordedApi api = new RecordedApi(recorder.baseUrl(), settings, scenario, recorder::requests);
        Path recording = settings.recordingsDir().resolve(scenario.value());
        return new Session(api, () -> {
            api.client().close();
            recorder.close();
        }, passed -> recorder.finish(passed, recording));
    }

    private static Session session(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Session.class, Session.class);
    }

    /**
     * What one test uses: its view of the API, how to stop the server, and what to do once the test has run
     * (given whether it passed): nothing when replaying, save the recording when recording.
     */
    private record Session(RecordedApi api, Runnable stop, Consumer<Boolean> finish) {}
}
