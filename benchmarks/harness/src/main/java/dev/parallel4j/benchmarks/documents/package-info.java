/** The OpenAPI documents the generators are timed on: the FindAll subset of our spec and scaled copies. */
package dev.parallel4j.benchmarks.documents;
