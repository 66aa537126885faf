/**
 * Reading the committed custody stream exactly once, from a persisted cursor: the evaluation loop that
 * every evaluator of the stream (oversight's rules, fiscal assessment) shares, and the records each one
 * set aside.
 */
@org.springframework.modulith.NamedInterface("stream")
package org.mizan.custody.stream;
