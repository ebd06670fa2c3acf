/** The program that makes one call with OpenAPI Generator's client, for the cold-start comparison. */
package dev.parallel4j.benchmarks.openapigenerator;
