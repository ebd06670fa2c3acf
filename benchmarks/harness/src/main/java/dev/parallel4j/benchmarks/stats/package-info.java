/** Medians, ranges and the Markdown tables the benchmark results are printed as. */
package dev.parallel4j.benchmarks.stats;
