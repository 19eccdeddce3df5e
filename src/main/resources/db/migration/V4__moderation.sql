-- What moderation found in each comment and DM (step ④): for the inbox's comments view, statistics and audits.
-- One row per event; a reprocessed event keeps its first classification.
create table text_classification (
    event_id      bigint primary key references instagram_event (id),
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

create index text_classification_account_time on text_classification (account_id, classified_at);

-- Conversations that need a person (a negative DM, later a rule or an agent): the team inbox picks them up.
-- One open flag per conversation; a new reason while one is open is not a new flag.
create table conversation_flag (
    account_id varchar(100) not null,
    user_id    varchar(100) not null,
    reason     varchar(200) not null,
    event_id   bigint references instagram_event (id),
    flagged_at timestamp with time zone not null,
    primary key (account_id, user_id)
);
