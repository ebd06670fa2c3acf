/**
 * Webhooks: checking that a delivery was signed with the webhook secret (Standard Webhooks headers, HMAC-SHA256,
 * timestamp tolerance) and reading its body as a generated client's event type.
 */
package dev.parallel4j.runtime.webhook;
