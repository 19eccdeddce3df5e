/**
 * Step ④ handlers, leads: e-mail addresses and phone numbers customers give in DMs (typed, or sent by tapping a
 * contact quick reply) are kept once each ({@code contact_lead}), listed and exported as CSV for the team.
 */
package io.igbridge.leads;
