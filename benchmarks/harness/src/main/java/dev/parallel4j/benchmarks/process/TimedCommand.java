package dev.parallel4j.benchmarks.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A command run to completion and timed by the wall clock, from just before the process starts to just after it
 * exits: what a user waits for. Its output goes to a log file, shown only when it fails.
 *
 * @param command the program and its arguments
 * @param directory the working directory
 * @param log where standard output and error go (overwritten each run)
 */
public record TimedCommand(List<String> command, Path directory, Path log) {
    /** Copies the command. */
    public TimedCommand {
        command = List.copyOf(command);
    }

    /**
     * Runs the command and returns how long it took, in seconds.
     *
     * @throws IllegalStateException if it exits with a non-zero status; the message holds the end of its output
     */
    public double run() {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            int status = process.waitFor();
            long elapsed = System.nanoTime() - start;
            if (status != 0) {
                String output = Files.readString(log);
                throw new IllegalStateException(String.join(" ", command) + " (in " + directory + ") exited with " + status
                        + "; its output ends with:\n" + output.substring(Math.max(0, output.length() - 4000)));
            }
            return elapsed / 1e9;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }
}
