/** The {@code write} step: puts generated sources on disk, rewriting only what changed. */
package dev.parallel4j.generator.write;
