-- Single-use links sent by e-mail (a password reset today): only a hash of the token is kept, with its expiry.
create table accounts_token (
    id          uuid primary key,
    account_id  uuid                     not null references accounts_user (id) on delete cascade,
    kind        varchar(32)              not null,
    token_hash  varchar(64)              not null unique,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index accounts_token_account on accounts_token (account_id, kind);

-- When the password last changed: a session signed in before then ends at its next click.
alter table accounts_user add column credentials_changed_at timestamp with time zone;
