/** Generation timed in a warm JVM: the two generators' programs and the runs they share. */
package dev.parallel4j.benchmarks.warm;
