-- Requests to join an organisation already registered (module accounts): its responsables answer; a contested
-- registration, or a request left 14 days without answer, goes to the admins, who may hand the organisation over.
create table accounts_join_request (
    id              uuid primary key,
    organization_id uuid                     not null,
    account_id      uuid                     not null references accounts_user (id),
    contested       boolean                  not null,
    message         varchar(1000),
    created_at      timestamp with time zone not null,
    escalated_at    timestamp with time zone,
    decided_at      timestamp with time zone,
    outcome         varchar(16),
    version         bigint                   not null default 0
);
create index accounts_join_request_open on accounts_join_request (organization_id) where decided_at is null;
