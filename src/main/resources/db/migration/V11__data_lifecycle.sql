-- Data lifecycle (issue 7): retention, a contact's deletion, redaction of deleted messages.

-- Retention purges a delivery and its events after IGBRIDGE_RETENTION_DAYS. The business's records made from an
-- event stay: the inbox's messages, leads and moderation's classifications go only with their contact. Keeping every
-- event such a record points to would keep nearly every DM's event, and with it its delivery and the customer's raw
-- text, forever; so the records keep the id the event had as a plain number, as outbox_action.event_id and
-- conversation_message.event_id always did, and an event may be gone.
-- text_classification is keyed by that id (no null possible): rebuilt without its foreign key (an unnamed
-- constraint, named differently by H2 and PostgreSQL, so it cannot be dropped by name).
create table text_classification_kept (
    event_id      bigint primary key,        -- the event classified (instagram_event.id); gone after retention
    account_id    varchar(100) not null,
    kind          varchar(20) not null,      -- comment | dm
    user_id       varchar(100),
    comment_id    varchar(100),
    media_id      varchar(100),
    language      varchar(8) not null,       -- fr | en | other
    sentiment     varchar(10) not null,      -- positive | negative | neutral
    score         double precision not null, -- -1 … 1
    abusive       boolean not null,
    spam          boolean not null,
    question      boolean not null,
    reasons       text not null,             -- one reason per line
    analyzer      varchar(20) not null,      -- built-in | remote
    classified_at timestamp with time zone not null
);
insert into text_classification_kept select event_id, account_id, kind, user_id, comment_id, media_id, language,
    sentiment, score, abusive, spam, question, reasons, analyzer, classified_at from text_classification;
drop table text_classification;
alter table text_classification_kept rename to text_classification;
create index text_classification_account_time on text_classification (account_id, classified_at);
create index text_classification_contact on text_classification (account_id, user_id);

-- A lead keeps its foreign key; retention sets its event_id to null when the event goes.
alter table contact_lead alter column event_id drop not null;

-- (conversation_flag, which V4 created with a reference to instagram_event, was dropped by V5.)

-- Retention reads expired events by the time they were stored.
create index instagram_event_stored_at on instagram_event (stored_at);

-- A delivery whose body was rewritten (a contact's items removed, a deleted message's text removed): it no longer
-- matches Meta's signature. Null: the bytes are as Meta sent them.
alter table raw_delivery add column redacted_at timestamp with time zone;

-- Messages Meta reported deleted (message.is_deleted). Meta does not order deliveries: a message whose deletion
-- arrived first is redacted as soon as it is stored. Purged with the deliveries after the retention period.
create table deleted_message (
    account_id varchar(100) not null,
    mid        varchar(400) not null,
    deleted_at timestamp with time zone not null,
    primary key (account_id, mid)
);

create index deleted_message_deleted_at on deleted_message (deleted_at);
