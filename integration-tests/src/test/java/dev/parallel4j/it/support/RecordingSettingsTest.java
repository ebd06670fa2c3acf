package dev.parallel4j.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the recording switches: replay by default, recording only with an API key. */
final class RecordingSettingsTest {
    @Test
    void withoutTheSwitchTheTestsReplayWithAPlaceholderKeyEvenIfARealKeyIsSet() {
        RecordingSettings settings = RecordingSettings.resolve(
                Map.<String, String>of()::get, Map.of("PARALLEL_API_KEY", "real-key")::get);

        assertThat(settings.recording()).isFalse();
        assertThat(settings.apiKey()).isEqualTo(RecordingSettings.REPLAY_API_KEY);
        assertThat(settings.recordingsDir()).isEqualTo(Path.of("src/main/resources/recordings"));
    }

    @Test
    void recordingWithoutAnApiKeyFailsNamingTheVariableToSet() {
        assertThatIllegalStateException()
                .isThrownBy(() -> RecordingSettings.resolve(
                        Map.of("parallel4j.record", "true")::get, Map.of("PARALLEL_API_KEY", "  ")::get))
                .withMessageContaining("PARALLEL_API_KEY")
                .withMessageContaining("-Dparallel4j.record=true");
    }

    @Test
    void recordingUsesTheRealKeyTheRealApiAndTheGivenFolders() {
        RecordingSettings settings = RecordingSettings.resolve(Map.of(
                        "parallel4j.record", "true",
                        "parallel4j.recordings.dir", "/work/recordings",
                        "parallel4j.recordings.staging", "/work/staging",
                        "parallel4j.record.findall-id", "findall_0123",
                        "parallel4j.record.monitor-id", " monitor_4567 ")::get,
                Map.of("PARALLEL_API_KEY", " real-key ")::get);

        assertThat(settings.recording()).isTrue();
        assertThat(settings.apiKey()).isEqualTo("real-key");
        assertThat(settings.target()).isEqualTo("https://api.parallel.ai");
        assertThat(settings.recordingsDir()).isEqualTo(Path.of("/work/recordings"));
        assertThat(settings.stagingDir()).isEqualTo(Path.of("/work/staging"));
        assertThat(settings.existingId(Scenario.Live.ON_EXISTING_RUN, "retrieve")).isEqualTo("findall_0123");
        assertThat(settings.existingId(Scenario.Live.ON_EXISTING_MONITOR, "monitor-retrieve"))
                .isEqualTo("monitor_4567");
        assertThat(settings.existingId(Scenario.Live.ON_EXISTING_TASK_RUN)).isEmpty();
    }

    @Test
    void aScenarioAboutAnExistingObjectNeedsItsIdWhenRecording() {
        RecordingSettings settings = RecordingSettings.resolve(
                Map.of("parallel4j.record", "true")::get, Map.of("PARALLEL_API_KEY", "real-key")::get);

        assertThatIllegalStateException()
                .isThrownBy(() -> settings.existingId(Scenario.Live.ON_EXISTING_RUN, "retrieve"))
                .withMessageContaining("'retrieve'")
                .withMessageContaining("-Dparallel4j.record.findall-id=findall_");
        assertThatIllegalStateException()
                .isThrownBy(() -> settings.existingId(Scenario.Live.ON_EXISTING_TASK_GROUP, "taskgroup-retrieve"))
                .withMessageContaining("-Dparallel4j.record.taskgroup-id=tgrp_");
    }
}
