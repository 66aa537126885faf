/**
 * The parts of {@code mizan bench}: sequencer throughput over HTTP, the raw insert ceiling of the same
 * tables, and upstream trace latency. They talk to Mizan only through HTTP and its database, as an
 * outside client would, so they need no module's internals.
 */
package org.mizan.cli.bench;
