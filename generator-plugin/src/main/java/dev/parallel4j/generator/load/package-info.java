/**
 * The {@code load} and {@code override} steps: reading JSON/YAML with locations for errors, applying Overlay 1.0
 * documents and {@code x-stainless-override-schema}, bundling files reached through {@code $ref}, and parsing the
 * result with swagger-parser.
 */
package dev.parallel4j.generator.load;
