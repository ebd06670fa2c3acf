/**
 * JSON support generated models rely on: the Jackson configuration, free-form {@code JsonValue}, open enums, the
 * union deserializer and the checks builders run.
 */
package dev.parallel4j.runtime.json;
