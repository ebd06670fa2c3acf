/**
 * Waiting for a long-running resource to finish: following its event stream, falling back to polling, reporting
 * progress, within a bounded time. Generated clients expose it as methods such as
 * {@code findAll().awaitCompletion(runId)}.
 */
package dev.parallel4j.runtime.wait;
