-- Organisations run by several members (module accounts).
-- A member's name, as their colleagues and partners read it; e-mail proof; the member's part in the organisation.
alter table accounts_user add column display_name varchar(100);
alter table accounts_user add column email_confirmed_at timestamp with time zone;
alter table accounts_user add column pending_email varchar(254);
alter table accounts_user add column membership varchar(16) not null default 'RESPONSABLE';
-- The lockout after failed logins gave way to growing waits kept in memory: its columns go.
alter table accounts_user drop column failed_logins;
alter table accounts_user drop column locked_until;
-- Accounts made before e-mail proof existed were checked by hand: they count as proven.
update accounts_user set email_confirmed_at = created_at;

-- A token may now be for a new address (a change of e-mail): the address it proves.
alter table accounts_token add column email varchar(254);

-- Invitations to join an organisation (or the platform team, for admins): 14 days, single use, kept as a hash.
create table accounts_invitation (
    id              uuid primary key,
    organization_id uuid                     not null,
    email           varchar(254)             not null,
    role            varchar(32)              not null,
    invited_by      uuid                     not null references accounts_user (id),
    token_hash      varchar(64)              not null unique,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    accepted_at     timestamp with time zone,
    withdrawn_at    timestamp with time zone,
    version         bigint                   not null default 0
);
create unique index accounts_invitation_open on accounts_invitation (organization_id, email)
    where accepted_at is null and withdrawn_at is null;

-- What admins decided, for the record: written once, never changed (the trigger refuses updates and deletes).
create table accounts_audit (
    id                uuid primary key,
    -- the order of writing, which the journal keeps (several decisions may share a timestamp)
    seq               bigint generated always as identity unique,
    at                timestamp with time zone not null,
    actor_id          uuid                     not null,
    action            varchar(32)              not null,
    account_id        uuid,
    organization_id   uuid,
    reason            varchar(1000)
);
create index accounts_audit_at on accounts_audit (seq desc);

create function accounts_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'accounts_audit is append-only';
end
$$;
create trigger accounts_audit_append_only before update or delete on accounts_audit
    for each row execute function accounts_audit_is_append_only();
