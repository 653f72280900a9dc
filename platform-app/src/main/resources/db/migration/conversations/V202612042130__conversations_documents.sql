-- Documents the two partners share in their partnership's conversation (module conversations): the file itself, its
-- type as read from its content, who added it and when. Deleted by its own organisation only.
create table conversations_document (
    id                       uuid primary key,
    conversation_id          uuid                     not null references conversations_conversation (id) on delete cascade,
    file_name                varchar(255)             not null,
    media_type               varchar(100)             not null,
    size_bytes               integer                  not null check (size_bytes > 0 and size_bytes <= 10485760),
    content                  bytea                    not null,
    uploaded_by_account_id   uuid,
    uploaded_by_organization uuid                     not null,
    uploaded_by_name         varchar(200)             not null,
    uploaded_at              timestamp with time zone not null,
    -- the order documents were added in, when two carry the same time
    position                 bigint generated always as identity
);
create index conversations_document_by_conversation on conversations_document (conversation_id, uploaded_at desc);
