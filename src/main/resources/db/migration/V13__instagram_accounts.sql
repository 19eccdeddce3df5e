-- The Instagram accounts this instance answers for besides the default one. The default account is the one the
-- environment defines (INSTAGRAM_PAGE_ID, INSTAGRAM_ACCESS_TOKEN, IGBRIDGE_LOGIN) and is never stored here: a
-- single-account instance keeps working exactly as before, with this table empty. More accounts are added through
-- POST /api/admin/accounts.
--
-- The token is NOT a column of this table: it lives in account_token (V12), under the same account_id, sealed with
-- AES-256-GCM under IGBRIDGE_TOKEN_KEY (the account id as associated data), exactly as the default account's
-- refreshed token does. One table holds every token in force, so the refresh machinery (its schedule, its claim
-- between nodes, its errors) works for every account unchanged, and no second copy of a token can go stale. For an
-- added account, account_token.source_fingerprint is the fingerprint of the token given when it was added (or
-- replaced); a refreshed token replaces encrypted_token as it does for the default account. Adding an account
-- without IGBRIDGE_TOKEN_KEY is refused: a token is never stored in clear.
create table instagram_account (
    -- the Instagram professional account id: the webhooks' entry.id (and recipient.id), which every event, outbox
    -- action, conversation and lead already carries as account_id
    account_id   varchar(100) primary key,
    -- INSTAGRAM (Business Login for Instagram: graph.instagram.com, the send node is account_id) or FACEBOOK
    -- (Facebook Login: graph.facebook.com with a Page token, the send node is /me, the Page)
    login        varchar(20)  not null, -- checked by the service (io.igbridge.accounts.NewAccount), as elsewhere
    display_name varchar(200),
    -- set by the operator: ACTIVE, or DISABLED (its events are stored and shown, never answered). "Needs
    -- re-authorization" is not stored here: it is account_state.needs_reauthorization (V2), which the outbox sets
    -- when Meta refuses the token and a new token clears; the accounts list shows it as the status
    status       varchar(20)  not null,
    -- the account's own rules file (YAML, as IGBRIDGE_RULES_FILE); null: the default rules
    rules_file   varchar(1000),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
