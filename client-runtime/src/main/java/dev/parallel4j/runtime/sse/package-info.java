/**
 * Server-Sent Events: a WHATWG-conformant parser and the typed, closeable stream generated services return, which
 * resumes after a dropped connection when its operation allows it.
 */
package dev.parallel4j.runtime.sse;
