/**
 * What the integration tests share: the JUnit extension that serves a recorded scenario (or records it live), the
 * per-test view of the API it injects, assertions on the requests the client sent, reading whole event streams, the
 * recording machinery, and recorded webhook deliveries with a local endpoint to send them to.
 */
package dev.parallel4j.it.support;
