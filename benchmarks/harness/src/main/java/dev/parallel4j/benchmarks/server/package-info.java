/**
 * A local HTTP server that answers with bytes prepared in advance, and those bytes: FindAll runs, results, event
 * streams. The server does as little as possible per request so that what is measured is the client.
 */
package dev.parallel4j.benchmarks.server;
