/** The Maven plugin: a thin Mojo that turns its parameters into a generation request. */
package dev.parallel4j.generator.maven;
