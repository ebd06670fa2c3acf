/**
 * Sending calls: the settings every generated client shares, credentials, requests and their per-call options,
 * response tables, parameter encoding, cursor pages, raw responses, and the executor that runs calls over
 * {@code java.net.http} asynchronously, with timeouts, retries and logging.
 */
package dev.parallel4j.runtime.client;
