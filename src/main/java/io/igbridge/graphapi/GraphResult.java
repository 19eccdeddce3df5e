package io.igbridge.graphapi;

/**
 * What a successful call returned.
 *
 * @param id    the {@code message_id} of a sent DM, the id of a new comment, or null when the call returns none
 * @param usage Meta's usage headers on the answer, so the caller can slow down near 100 %
 */
public record GraphResult(String id, GraphUsage usage) {
}
