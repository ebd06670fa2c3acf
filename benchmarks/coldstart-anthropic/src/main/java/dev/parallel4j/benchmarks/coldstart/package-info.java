/** The program that makes one call with Anthropic's Stainless-generated Java SDK, for the cold-start comparison. */
package dev.parallel4j.benchmarks.coldstart;
