/** Turns JMH's JSON results into the client and event-stream sections of the table. */
package dev.parallel4j.benchmarks.report;
