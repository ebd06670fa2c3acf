/**
 * What a user pays before the first call: the jars each client brings, and the time a fresh JVM takes to make its
 * first call to a local server with each.
 */
package dev.parallel4j.benchmarks.startup;
