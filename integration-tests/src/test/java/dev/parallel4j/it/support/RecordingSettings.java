package dev.parallel4j.it.support;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
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
 * @param existingIds the FindAll run, Task run, Task Group and monitor that scenarios about an existing one are
 *     recorded against, by the {@link Scenario.Live} value that needs each (only those given)
 */
record RecordingSettings(
        boolean recording,
        String apiKey,
        String target,
        Path recordingsDir,
        Path stagingDir,
        Map<Scenario.Live, String> existingIds) {
    /** Switches recording mode on. */
    static final String RECORD = "parallel4j.record";
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
                existingIds(properties));
    }

    /**
     * The object to record a scenario about an existing one against.
     *
     * @param live what the scenario needs, e.g. {@link Scenario.Live#ON_EXISTING_RUN}
     * @param scenario the scenario's name, for the message
     * @throws IllegalStateException if its id was not given
     */
    String existingId(Scenario.Live live, String scenario) {
        return existingId(live).orElseThrow(() -> new IllegalStateException("Recording scenario '" + scenario
                + "' needs an existing object of yours: pass " + live.idOption() + " (see the recordings'"
                + " README for what it must have done)."));
    }

    /** The id given for what a scenario needs, if any. */
    Optional<String> existingId(Scenario.Live live) {
        return Optional.ofNullable(existingIds.get(live));
    }

    private static Map<Scenario.Live, String> existingIds(Function<String, String> properties) {
        Map<Scenario.Live, String> ids = new EnumMap<>(Scenario.Live.class);
        for (Scenario.Live live : Scenario.Live.values()) {
            live.idProperty().flatMap(property -> value(properties, property)).ifPresent(id -> ids.put(live, id));
        }
        return Map.copyOf(ids);
    }

    private static Optional<String> value(Function<String, String> lookup, String name) {
        return Optional.ofNullable(lookup.apply(name)).map(String::strip).filter(text -> !text.isEmpty());
    }
}
