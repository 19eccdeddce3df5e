/**
 * Step ④ handlers, conversation state: when each person last wrote (Meta's 24-hour messaging window) and whether a
 * message is their first. The team inbox grows here.
 */
package io.igbridge.inbox;
