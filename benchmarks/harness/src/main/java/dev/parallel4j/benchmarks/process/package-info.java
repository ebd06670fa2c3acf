/** Runs of other programs (Maven builds, fresh JVMs), timed from start to exit. */
package dev.parallel4j.benchmarks.process;
