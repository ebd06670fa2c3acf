package dev.parallel4j.generator.maven;

import dev.parallel4j.generator.GenerationRequest;
import dev.parallel4j.generator.Generator;
import dev.parallel4j.generator.SpecException;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed Java client from an OpenAPI document and adds it to the project's sources. A thin layer: it
 * copies its parameters into a {@link GenerationRequest}, runs the {@link Generator}, and reports problems with
 * the document as build failures naming the file and location.
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
     * this time are deleted.
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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

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
        try {
            Generator.Result result = Generator.generate(request);
            result.warnings().forEach(w -> getLog().warn("parallel4j: " + inputSpec + ": " + w));
            getLog().info(String.format("parallel4j: %d services, %d types from %s: %d files written, %d unchanged, %d deleted",
                    result.model().services().size(), result.model().types().size(), inputSpec.getName(),
                    result.written().written().size(), result.written().unchanged().size(), result.written().deleted().size()));
        } catch (SpecException e) {
            throw new MojoFailureException("parallel4j: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new MojoExecutionException("parallel4j: " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
    }
}
