-- When each person last wrote to an account: Meta lets a bot answer for 24 hours after it (meta-platform.md §6.1).
create table messaging_window (
    account_id      varchar(100) not null,
    user_id         varchar(100) not null,
    -- the dedup key of the person's first known message: "first message of a conversation" for the rules
    first_event_key varchar(400) not null,
    last_inbound_at timestamp with time zone not null,
    primary key (account_id, user_id)
);

-- Per-user cooldowns of auto-reply rules (default: one greeting per person per 24 hours).
create table rule_cooldown (
    account_id varchar(100) not null,
    user_id    varchar(100) not null,
    rule_name  varchar(200) not null,
    until      timestamp with time zone not null,
    primary key (account_id, user_id, rule_name)
);

-- Tags put on a person by rules (`tag: vip`), for the inbox and statistics.
create table contact_tag (
    account_id varchar(100) not null,
    user_id    varchar(100) not null,
    tag        varchar(100) not null,
    rule_name  varchar(200) not null,
    tagged_at  timestamp with time zone not null,
    primary key (account_id, user_id, tag)
);
