-- The access token in force for the configured account, when it is not the configured INSTAGRAM_ACCESS_TOKEN
-- itself (refreshed, or given through the admin API), and what is known of its age and expiry.
create table account_token (
    account_id            varchar(100) primary key,
    -- HMAC-SHA256 (keyed from IGBRIDGE_TOKEN_KEY) of the configured INSTAGRAM_ACCESS_TOKEN this row descends from:
    -- a different configured token (the operator set a new one) makes the row start over, never the token itself
    source_fingerprint    varchar(64) not null,
    -- AES-256-GCM of the token in force (base64 of nonce and ciphertext), null while the configured token is in force
    encrypted_token       varchar(4000),
    -- when the token in force was issued: by a refresh or the admin API; for the configured token, when a node first
    -- saw it (its real age is unknown)
    issued_at             timestamp with time zone not null,
    -- when it expires, from Meta's expires_in; null when unknown
    expires_at            timestamp with time zone,
    -- when the next refresh is due; null: none (Meta refused the token, or it is not refreshable)
    next_refresh_at       timestamp with time zone,
    -- one node refreshes at a time: the claim and how long it holds
    refresh_claim         varchar(40),
    refresh_claimed_until timestamp with time zone,
    refresh_failures      integer not null default 0,
    last_refresh_at       timestamp with time zone,
    last_refresh_error    varchar(1000)
);
