/**
 * End-to-end tests of the generated client: each drives one FindAll operation, stream or failure against a local
 * server serving our recordings, and checks both what the client parsed and what it sent.
 */
package dev.parallel4j.it;
