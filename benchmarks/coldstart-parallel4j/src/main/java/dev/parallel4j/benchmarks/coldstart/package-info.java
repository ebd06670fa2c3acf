/** The program that makes one call with parallel4j's client, for the cold-start comparison. */
package dev.parallel4j.benchmarks.coldstart;
