-- Members' accounts (module accounts).
create table accounts_user (
    id              uuid primary key,
    email           varchar(254) not null unique,
    password_hash   varchar(255) not null,
    role            varchar(32)  not null,
    organization_id uuid         not null,
    status          varchar(32)  not null,
    failed_logins   int          not null default 0,
    locked_until    timestamp with time zone,
    refusal_reason  varchar(1000),
    created_at      timestamp with time zone not null,
    last_login_at   timestamp with time zone,
    version         bigint       not null default 0
);
create index accounts_user_organization on accounts_user (organization_id);
create index accounts_user_status on accounts_user (status);
