package dev.parallel4j.generator.maven;

import dev.parallel4j.generator.GenerationRequest;
import dev.parallel4j.generator.IncrementalGenerator;
import dev.parallel4j.generator.SpecException;
import dev.parallel4j.generator.report.ApiChange;
import dev.parallel4j.generator.report.BreakingChangeException;
import dev.parallel4j.generator.report.ChangeReport;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed Java client from an OpenAPI document and adds it to the project's sources. A thin layer: it
 * copies its parameters into a {@link GenerationRequest}, runs the {@link IncrementalGenerator} with a state
 * directory of its own per execution ({@code target/parallel4j/<execution id>}), logs what changed, and reports
 * problems with the document as build failures naming the file and location.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    /**
     * The OpenAPI document (JSON or YAML, version 3.0 or 3.1) to generate the client from.
     *
     * @since 0.1.0
     */
    @Parameter(property = "parallel4j.inputSpec", required = true)
    private File inputSpec;

    /**
     * OpenAPI Overlay 1.0 documents applied to the document, in order, before generating.
     *
     * @since 0.1.0
     */
    @Parameter(property = "parallel4j.overlays")
    private List<File> overlays = new ArrayList<>();

    /**
     * The package of the client class. Models are generated in its {@code .model} subpackage and services in
     * {@code .service}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "parallel4j.packageName", defaultValue = "dev.parallel4j.client")
    private String packageName;

    /**
     * The simple name of the client class. By default it is derived from the document's title, e.g.
     * {@code ParallelClient} for "Parallel API".
     *
     * @since 0.1.0
     */
    @Parameter(property = "parallel4j.clientName")
    private String clientName;

    /**
     * Where the sources are written. The plugin owns this directory: Java files in it that it did not generate
     * this time are deleted. Two executions with different configurations cannot share it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "parallel4j.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/parallel4j")
    private File outputDirectory;

    /**
     * Skips generation (the output directory is still added as a source root if it exists).
     *
     * @since 0.1.0
     */
    @Parameter(property = "parallel4j.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Generates even when nothing changed since the last successful generation. Files whose content is the same
     * are still left untouched.
     *
     * @since 0.1.0
     */
    @Parameter(property = "parallel4j.force", defaultValue = "false")
    private boolean force;

    /**
     * Fails the build when the generated API changed since the last successful generation in a way that breaks
     * callers (a removed operation, type, property or enum value, a changed type, a newly required request
     * field), leaving the previous sources as they were. Run once with it off to accept the changes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "parallel4j.failOnBreakingChange", defaultValue = "false")
    private boolean failOnBreakingChange;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("parallel4j: skipped");
            if (outputDirectory.isDirectory()) {
                project.addCompileSourceRoot(outputDirectory.getPath());
            }
            return;
        }
        GenerationRequest request;
        try {
            request = new GenerationRequest(inputSpec.toPath(), overlays.stream().map(File::toPath).toList(), packageName,
                    clientName, outputDirectory.toPath());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("parallel4j: " + e.getMessage(), e);
        }
        OutputDirectoryClaims.claim(project, request.outputDirectory(), execution.getExecutionId(), request.configuration());
        project.addCompileSourceRoot(outputDirectory.getPath());
        try {
            long start = System.nanoTime();
            IncrementalGenerator.Outcome outcome = IncrementalGenerator.run(request, options());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (outcome instanceof IncrementalGenerator.UpToDate upToDate) {
                getLog().info("parallel4j: " + BuildMessages.upToDate(upToDate.inputs(), inputSpec.getName()));
            } else {
                IncrementalGenerator.Generated generated = (IncrementalGenerator.Generated) outcome;
                Path document = inputSpec.toPath().toAbsolutePath().normalize();
                generated.result().warnings().forEach(w -> getLog().warn("parallel4j: " + document + ": " + w));
                generated.changes().ifPresent(this::log);
                getLog().info("parallel4j: " + BuildMessages.generated(generated.result(), inputSpec.getName(), took));
            }
        } catch (BreakingChangeException e) {
            log(e.report());
            throw new MojoFailureException("parallel4j: " + e.getMessage(), e);
        } catch (SpecException e) {
            throw new MojoFailureException("parallel4j: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new MojoExecutionException("parallel4j: " + e.getMessage(), e);
        }
    }

    private IncrementalGenerator.Options options() {
        Path state = Path.of(project.getBuild().getDirectory(), "parallel4j", fileName(execution.getExecutionId()));
        String generator = PluginIdentity.of(plugin.getVersion(), plugin.getPluginArtifact().getFile().toPath());
        return new IncrementalGenerator.Options(state, generator, force, failOnBreakingChange);
    }

    /** Logs what changed in the API, the breaking changes as warnings; nothing when nothing changed. */
    private void log(ChangeReport report) {
        if (report.isEmpty()) {
            return;
        }
        getLog().info("parallel4j: " + report.summary() + ":");
        for (ApiChange change : report.changes()) {
            if (change.breaking()) {
                getLog().warn("parallel4j:   " + change);
            } else {
                getLog().info("parallel4j:   " + change);
            }
        }
    }

    /** An execution id as a folder name: characters other than letters, digits, {@code .-_} become {@code _}. */
    private static String fileName(String executionId) {
        return executionId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
