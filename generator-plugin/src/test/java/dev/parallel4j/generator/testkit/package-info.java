/**
 * Helpers shared by the translate and emit tests: loading test documents, finding things in the API model, and
 * compiling emitted sources in-process against the runtime.
 */
package dev.parallel4j.generator.testkit;
