/**
 * Step ④ handlers, auto-replies: rules read from a YAML file (or the built-in defaults, the seed guide's replies)
 * decide which {@link io.igbridge.outbox.Action}s an event gets. Pure decision logic: no HTTP, no SQL; what it
 * needs to know about the past comes through {@link io.igbridge.rules.Cooldowns} and
 * {@link io.igbridge.rules.ConversationFacts}. The rule language is described in {@code docs/rules.md}.
 */
package io.igbridge.rules;
