/**
 * The FindAll demo: starts a run, follows its events and prints the matches with their sources, against the real
 * Parallel API or, without an API key, against a recorded run served locally by {@link
 * dev.parallel4j.demo.RecordedParallelServer}.
 */
package dev.parallel4j.demo;
