/**
 * Step ① intake: read the raw bytes (size-limited), verify {@code X-Hub-Signature-256} over exactly those bytes,
 * insert the raw delivery and commit, then answer {@code 200 EVENT_RECEIVED}. Nothing else happens here.
 */
package io.igbridge.webhook;
