/**
 * The benchmarks against the peers described in {@code BENCHMARKS.md}: each subpackage prepares, runs or reports one
 * part; {@code benchmarks/run.sh} drives them.
 */
package dev.parallel4j.benchmarks;
