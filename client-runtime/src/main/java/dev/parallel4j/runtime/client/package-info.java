/**
 * Sending calls: the settings every generated client shares, credentials, requests and their per-call options,
 * response tables, parameter encoding, cursor pages and the executor that runs them over {@code java.net.http}.
 */
package dev.parallel4j.runtime.client;
