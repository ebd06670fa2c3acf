/**
 * The generator: turns an OpenAPI document into the sources of a typed Java client. {@link
 * dev.parallel4j.generator.Generator} runs the pipeline, whose steps live in sub-packages and hand data one way:
 * {@code load} (read, overlays, overrides, bundling, swagger-parser) then {@code translate} (to the immutable
 * model in {@code ir}) then {@code emit} (JavaPoet) then {@code write}. {@link
 * dev.parallel4j.generator.IncrementalGenerator} runs it only when an input changed, and says what changed in the
 * generated API ({@code report}). Problems with the input surface as one
 * {@link dev.parallel4j.generator.SpecException} naming the file, line and JSON pointer.
 */
package dev.parallel4j.generator;
