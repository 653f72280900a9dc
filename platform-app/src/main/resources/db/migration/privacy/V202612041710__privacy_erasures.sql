-- Erasures asked and done (module privacy): who asked (an account id, null for the retention job), what (an account or an
-- organisation, by id), when asked and when done. Nothing of the erased data.
create table privacy_erasure (
    id         uuid primary key,
    kind       varchar(20)              not null check (kind in ('MEMBER', 'ORGANIZATION')),
    subject_id uuid                     not null,
    asked_by   uuid,
    reason     varchar(20)              not null check (reason in ('REQUEST', 'INACTIVITY')),
    asked_at   timestamp with time zone not null,
    done_at    timestamp with time zone
);
create index privacy_erasure_by_asked on privacy_erasure (asked_at desc);
