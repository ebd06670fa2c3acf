package dev.parallel4j.it.support;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the integration tests reach the API, read from system properties (as JUnit configuration parameters) and the
 * environment: replaying the recordings (the default) or, with {@code -Dparallel4j.record=true} and {@code
 * PARALLEL_API_KEY}, recording them again from the real API.
 *
 * @param recording whether to record from the real API instead of replaying
 * @param apiKey the key the client sends: the real one when recording, a placeholder when replaying
 * @param target the API recorded from
 * @param recordingsDir the source folder new recordings are written to, one subfolder per scenario
 * @param stagingDir where a recording is collected before it replaces the one in {@code recordingsDir}
 * @param findallId the run that {@link Scenario.Live#ON_EXISTING_RUN} scenarios are recorded against
 */
record RecordingSettings(
        boolean recording,
        String apiKey,
        String target,
        Path recordingsDir,
        Path stagingDir,
        Optional<String> findallId) {
    /** Switches recording mode on. */
    static final String RECORD = "parallel4j.record";
    /** The run {@link Scenario.Live#ON_EXISTING_RUN} scenarios are recorded against. */
    static final String FINDALL_ID = "parallel4j.record.findall-id";
    /** Overrides the API recorded from (a local stand-in in tests of recording mode itself). */
    static final String TARGET = "parallel4j.record.target";
    /** The source folder of the recordings. */
    static final String RECORDINGS_DIR = "parallel4j.recordings.dir";
    /** The staging folder of new recordings. */
    static final String STAGING_DIR = "parallel4j.recordings.staging";
    /** The environment variable holding the real API key. */
    private static final String API_KEY_VARIABLE = "PARALLEL_API_KEY";
    /** The key sent to the replaying server; it checks none. */
    static final String REPLAY_API_KEY = "replay-key-not-a-secret";

    private static final String REAL_API = "https://api.parallel.ai";

    /**
     * Reads the settings.
     *
     * @param properties looks up a system property, e.g. {@code System::getProperty}
     * @param environment looks up an environment variable, e.g. {@code System::getenv}
     * @throws IllegalStateException if recording is asked for without an API key
     */
    static RecordingSettings resolve(Function<String, String> properties, Function<String, String> environment) {
        boolean recording = Boolean.parseBoolean(value(properties, RECORD).orElse("false"));
        Optional<String> key = value(environment, API_KEY_VARIABLE);
        if (recording && key.isEmpty()) {
            throw new IllegalStateException("Recording mode (-D" + RECORD + "=true) calls the real Parallel API and"
                    + " needs its API key: set the " + API_KEY_VARIABLE + " environment variable, or drop -D"
                    + RECORD + "=true to replay the recordings.");
        }
        return new RecordingSettings(
                recording,
                recording ? key.get() : REPLAY_API_KEY,
                value(properties, TARGET).orElse(REAL_API),
                Path.of(value(properties, RECORDINGS_DIR).orElse("src/main/resources/recordings")),
                Path.of(value(properties, STAGING_DIR).orElse("target/recordings-staging")),
                value(properties, FINDALL_ID));
    }

    /** The run to record an {@link Scenario.Live#ON_EXISTING_RUN} scenario against. */
    String existingRunId(String scenario) {
        return findallId.orElseThrow(() -> new IllegalStateException("Recording scenario '" + scenario
                + "' needs an existing run: pass -D" + FINDALL_ID + "=findall_... (a run of yours that has"
                + " completed)."));
    }

    private static Optional<String> value(Function<String, String> lookup, String name) {
        return Optional.ofNullable(lookup.apply(name)).map(String::strip).filter(text -> !text.isEmpty());
    }
}
