package dev.parallel4j.generator.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Two executions of one project may not generate different clients into one directory. */
final class OutputDirectoryClaimsTest {
    private static final Path OUT = Path.of("target/generated-sources/parallel4j").toAbsolutePath();

    private final MavenProject project = new MavenProject();

    @Test
    void aSecondExecutionWithAnotherConfigurationInTheSameDirectoryFailsNamingBoth() throws MojoFailureException {
        OutputDirectoryClaims.claim(project, OUT, "weather", "inputSpec=weather.yaml\n");

        assertThatExceptionOfType(MojoFailureException.class)
                .isThrownBy(() -> OutputDirectoryClaims.claim(project, Path.of("target/x/../generated-sources/parallel4j"), "tides",
                        "inputSpec=tides.json\n"))
                .withMessage("parallel4j: executions 'weather' and 'tides' both generate into " + OUT + " but from different "
                        + "configurations, so each would delete the other's sources; give each execution its own <outputDirectory>");
    }

    @Test
    void executionsInTheirOwnDirectoriesOrWithTheSameConfigurationOrRunAgainDoNotConflict() {
        assertThatCode(() -> {
            OutputDirectoryClaims.claim(project, OUT.resolve("weather"), "weather", "inputSpec=weather.yaml\n");
            OutputDirectoryClaims.claim(project, OUT.resolve("tides"), "tides", "inputSpec=tides.json\n");
            OutputDirectoryClaims.claim(project, OUT, "default", "inputSpec=api.yaml\n");
            OutputDirectoryClaims.claim(project, OUT, "default-cli", "inputSpec=api.yaml\n");
            OutputDirectoryClaims.claim(project, OUT, "default", "inputSpec=api.yaml\n");
        }).doesNotThrowAnyException();
    }

    @Test
    void anotherProjectHasClaimsOfItsOwn() throws MojoFailureException {
        OutputDirectoryClaims.claim(project, OUT, "weather", "inputSpec=weather.yaml\n");

        assertThatCode(() -> OutputDirectoryClaims.claim(new MavenProject(), OUT, "tides", "inputSpec=tides.json\n"))
                .doesNotThrowAnyException();
    }
}
