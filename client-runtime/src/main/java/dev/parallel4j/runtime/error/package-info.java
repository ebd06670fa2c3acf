/**
 * The unchecked exceptions of a generated client: one per HTTP error status, plus connection, timeout and
 * response-decoding failures, all extending {@code ApiException}.
 */
package dev.parallel4j.runtime.error;
