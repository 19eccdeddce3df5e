/**
 * Step ④ handlers, conversation state: when each person last wrote (Meta's 24-hour messaging window) and whether a
 * message is their first. And the team inbox's agents (the people who sign in to the web UI). The team inbox grows
 * here.
 */
package io.igbridge.inbox;
