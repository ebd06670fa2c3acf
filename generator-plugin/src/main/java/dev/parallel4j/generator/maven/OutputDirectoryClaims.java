package dev.parallel4j.generator.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Stops two executions of the goal in one project from sharing an output directory. The plugin owns its output
 * directory and deletes the Java files it did not generate, so two executions generating different clients into
 * one directory would delete each other's sources, build after build. Each execution claims its directory in the
 * project's build context; a second execution with another configuration claiming the same directory fails the
 * build before touching anything, naming both. Two executions with the same configuration (the goal run from the
 * command line as well as from the lifecycle, say) generate the same files, so they may share.
 */
final class OutputDirectoryClaims {
    private static final String KEY = "dev.parallel4j.outputDirectory:";

    private OutputDirectoryClaims() {}

    /**
     * Claims a directory for an execution.
     *
     * @param configuration what decides the output of the execution ({@code GenerationRequest.configuration()})
     * @throws MojoFailureException if another execution of this build claimed it with another configuration
     */
    static void claim(MavenProject project, Path outputDirectory, String executionId, String configuration) throws MojoFailureException {
        Path directory = outputDirectory.toAbsolutePath().normalize();
        String key = KEY + directory;
        // A string rather than an object of ours: another version of the plugin in the same build has other classes.
        Object previous = project.getContextValue(key);
        if (previous instanceof String claim) {
            int newline = claim.indexOf('\n');
            String otherExecution = claim.substring(0, newline);
            if (!otherExecution.equals(executionId) && !claim.substring(newline + 1).equals(configuration)) {
                throw new MojoFailureException("parallel4j: executions '" + otherExecution + "' and '" + executionId + "' both generate into "
                        + directory + " but from different configurations, so each would delete the other's sources; give each "
                        + "execution its own <outputDirectory>");
            }
        }
        project.setContextValue(key, executionId + "\n" + configuration);
    }
}
