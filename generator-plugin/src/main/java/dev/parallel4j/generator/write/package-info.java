/**
 * The {@code write} step: puts generated sources on disk, rewriting only what changed, and keeps the record of the
 * last successful generation (its fingerprint, inputs, outputs and API snapshot) that lets the next build see
 * that nothing changed; the fingerprint is written last.
 */
package dev.parallel4j.generator.write;
