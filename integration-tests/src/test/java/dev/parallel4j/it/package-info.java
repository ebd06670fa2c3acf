/**
 * End-to-end tests of the generated client: each drives one operation, stream, page walk or failure of the Search,
 * Extract, Tasks, Task Groups, FindAll, Monitor or Chat API against a local server serving our recordings, and
 * checks both what the client parsed and what it sent; and recorded webhook deliveries read by a local endpoint.
 */
package dev.parallel4j.it;
