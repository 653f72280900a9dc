-- "Mes données" (module privacy): the archives members asked for, downloadable for a week, then deleted.
create table privacy_archive (
    id         uuid primary key,
    account_id uuid                     not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    content    bytea                    not null
);
create index privacy_archive_by_account on privacy_archive (account_id, created_at desc);
