/** The floor plugin: reads a document as a generator must, and stops. */
package dev.parallel4j.benchmarks.floor;
