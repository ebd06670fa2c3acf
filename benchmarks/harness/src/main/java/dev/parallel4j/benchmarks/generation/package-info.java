/**
 * Generation time: parallel4j's Maven plugin against OpenAPI Generator's on the same documents, and how parallel4j's
 * time grows with the document, each measured as a user's {@code mvn -o -q generate-sources}.
 */
package dev.parallel4j.benchmarks.generation;
