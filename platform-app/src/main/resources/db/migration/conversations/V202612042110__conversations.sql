-- Conversations between a company and an association (module conversations): one per interest, carried on by the
-- partnership the interest became; one per partnership declared without an interest. Read and written by the members
-- of the two organisations; read-only once closed (the interest declined, withdrawn or lapsed; the partnership ended).
create table conversations_conversation (
    id              uuid primary key,
    interest_id     uuid unique,
    need_id         uuid,
    partnership_id  uuid unique,
    association_id  uuid                     not null,
    company_id      uuid                     not null,
    started_at      timestamp with time zone not null,
    last_message_at timestamp with time zone not null,
    closed_at       timestamp with time zone
);
create index conversations_by_association on conversations_conversation (association_id, last_message_at desc);
create index conversations_by_company on conversations_conversation (company_id, last_message_at desc);
create index conversations_by_need_and_company on conversations_conversation (need_id, company_id);

-- A message, signed by its member (their name at the time; "Ancien membre" once erased) and organisation.
create table conversations_message (
    id                     uuid primary key,
    conversation_id        uuid                     not null references conversations_conversation (id) on delete cascade,
    author_account_id      uuid,
    author_organization_id uuid                     not null,
    author_name            varchar(200)             not null,
    body                   varchar(5000)            not null,
    sent_at                timestamp with time zone not null,
    -- the order messages were written in, when two carry the same time
    position               bigint generated always as identity
);
create index conversations_message_by_conversation on conversations_message (conversation_id, sent_at, position);

-- How far each member has read each conversation: what came after, from the other organisation, is unread.
create table conversations_reading (
    conversation_id uuid                     not null references conversations_conversation (id) on delete cascade,
    account_id      uuid                     not null,
    read_up_to      timestamp with time zone not null,
    primary key (conversation_id, account_id)
);
