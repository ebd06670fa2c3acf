/**
 * JMH benchmarks: FindAll calls with three clients, and reading a FindAll event stream typed and raw, each against
 * a local server answering fixed bytes ({@code dev.parallel4j.benchmarks.server}).
 */
package dev.parallel4j.benchmarks.jmh;
