-- Step ③ on several nodes: an event whose turn has not come (an earlier event of its conversation is still
-- waiting, or an earlier delivery is still being parsed) is stored PENDING and handled later, in timestamp order
-- within its conversation. Events stored before this version were all handled.
alter table instagram_event add column status varchar(20) not null default 'HANDLED';
-- the account and the contact an event is about (events of one key are handled in timestamp order); for an event
-- about no contact, a key of its own
alter table instagram_event add column conversation_key varchar(300);
alter table instagram_event add column attempts integer not null default 0;
alter table instagram_event add column next_attempt_at timestamp with time zone;
alter table instagram_event add column last_error varchar(1000);
alter table instagram_event add column handled_at timestamp with time zone;

create index instagram_event_waiting on instagram_event (status, conversation_key, occurred_at, id);
create index instagram_event_due on instagram_event (status, id);
-- the oldest waiting deliveries, without sorting the backlog
create index raw_delivery_waiting on raw_delivery (status, id);

-- the dashboard's and the statistics' time ranges
create index instagram_event_occurred_at on instagram_event (occurred_at);
create index raw_delivery_received_at on raw_delivery (received_at);
create index outbox_action_created_at on outbox_action (created_at);
create index conversation_message_sent_at on conversation_message (sent_at);
