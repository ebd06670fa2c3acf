/** Server-Sent Events: a WHATWG-conformant parser and the typed, closeable stream generated services return. */
package dev.parallel4j.runtime.sse;
