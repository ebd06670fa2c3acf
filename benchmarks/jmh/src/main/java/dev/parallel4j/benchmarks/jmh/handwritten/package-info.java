/**
 * The practical floor: what a careful developer writes by hand for two FindAll calls, {@code java.net.http} and
 * Jackson reading into records, with no generated code and no runtime library.
 */
package dev.parallel4j.benchmarks.jmh.handwritten;
