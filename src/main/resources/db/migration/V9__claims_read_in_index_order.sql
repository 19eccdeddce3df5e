-- Claims read their candidates in an index's order and stop after a few (found by profiling, issue 6). Before,
-- each claim read every due row and sorted them, or scanned the whole outbox table, so its cost grew with the
-- backlog and the history, and a burst slowed everything down the longer it lasted.

-- Deliveries are claimed "status = 'RECEIVED' order by status, id" on raw_delivery_waiting (status, id); the
-- older index led with next_attempt_at, so its order was not the claim's and it only cost inserts and updates.
drop index raw_delivery_due;

-- A contact's turn in the outbox ("no earlier action of this contact still PENDING or IN_FLIGHT") looks up its
-- waiting actions only, not the contact's whole history. Its first two columns serve the inbox's lookups by contact.
create index outbox_action_contact_turn on outbox_action (account_id, recipient_id, status, id);
drop index outbox_action_recipient;
