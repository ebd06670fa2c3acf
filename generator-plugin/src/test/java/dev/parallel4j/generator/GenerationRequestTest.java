package dev.parallel4j.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checking a generation request: Java package and class names, required paths, an immutable overlay list. */
final class GenerationRequestTest {
    private static final Path SPEC = Path.of("api.yaml");
    private static final Path OUT = Path.of("out");

    @Test
    void acceptsAValidRequestAndCopiesTheOverlays() {
        List<Path> overlays = new ArrayList<>(List.of(Path.of("a.yaml")));

        GenerationRequest request = new GenerationRequest(SPEC, overlays, "dev.parallel4j.client", "ParallelClient", OUT);
        overlays.add(Path.of("b.yaml"));

        assertThat(request.overlays()).containsExactly(Path.of("a.yaml"));
        assertThat(request.clientName()).isEqualTo("ParallelClient");
    }

    @Test
    void itsConfigurationNamesEverythingThatDecidesTheOutputWithAbsolutePaths() {
        GenerationRequest request = new GenerationRequest(SPEC, List.of(Path.of("a.yaml"), Path.of("b.yaml")), "com.example", "Client", OUT);
        Path here = Path.of("").toAbsolutePath();

        assertThat(request.configuration()).isEqualTo("inputSpec=" + here.resolve("api.yaml") + "\n"
                + "overlay=" + here.resolve("a.yaml") + "\n"
                + "overlay=" + here.resolve("b.yaml") + "\n"
                + "packageName=com.example\n"
                + "clientName=Client\n"
                + "outputDirectory=" + here.resolve("out") + "\n");
        assertThat(new GenerationRequest(here.resolve("x/../api.yaml"), request.overlays(), "com.example", "Client", here.resolve("out"))
                .configuration()).isEqualTo(request.configuration());
        assertThat(new GenerationRequest(SPEC, List.of(), "com.example", null, OUT).configuration()).contains("\nclientName=\n");
    }

    @Test
    void acceptsNoClientNameToDeriveItFromTheDocument() {
        assertThat(new GenerationRequest(SPEC, List.of(), "client", null, OUT).clientName()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"com.example.", ".com.example", "com..example", "com.class.api", "1com.example", "com-example.api",
            "com.example api", "com/example"})
    void rejectsAPackageNameThatIsNotAJavaPackageName(String packageName) {
        IllegalArgumentException e = assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new GenerationRequest(SPEC, List.of(), packageName, null, OUT)).actual();

        assertThat(e).hasMessage("packageName '" + packageName + "' is not a valid Java package name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "class", "1Client", "My Client", "Api-Client", "com.example.Client", "var", "record", "yield",
            "sealed", "permits", "_"})
    void rejectsAClientNameThatCannotNameAJavaClass(String clientName) {
        IllegalArgumentException e = assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new GenerationRequest(SPEC, List.of(), "com.example", clientName, OUT)).actual();

        assertThat(e).hasMessage("clientName '" + clientName + "' is not a valid Java class name");
    }

    @Test
    void requiresTheDocumentTheOutputDirectoryAndAnOverlayList() {
        assertThatNullPointerException().isThrownBy(() -> new GenerationRequest(null, List.of(), "p", null, OUT))
                .withMessage("inputSpec");
        assertThatNullPointerException().isThrownBy(() -> new GenerationRequest(SPEC, List.of(), "p", null, null))
                .withMessage("outputDirectory");
        assertThatNullPointerException().isThrownBy(() -> new GenerationRequest(SPEC, null, "p", null, OUT))
                .withMessage("overlays");
    }
}
