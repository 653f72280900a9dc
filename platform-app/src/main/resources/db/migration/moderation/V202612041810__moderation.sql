-- Reports and the moderation's decisions (module moderation). One live case per content: REPORTED (shown, waiting),
-- SUSPENDED (hidden after reports from 3 organisations, waiting), HIDDEN (an admin hid it; its author may ask for a
-- review); closed as DISMISSED (the reports were not founded) or RESTORED (shown again). A report counts once per
-- organisation and case.
create table moderation_case (
    id                     uuid primary key,
    content_kind           varchar(20)              not null,
    content_id             uuid                     not null,
    author_organization_id uuid,
    status                 varchar(20)              not null check (status in ('REPORTED', 'SUSPENDED', 'HIDDEN', 'DISMISSED', 'RESTORED')),
    hidden_reason          varchar(20),
    decision_note          varchar(1000),
    decided_by             uuid,
    decided_at             timestamp with time zone,
    review_asked_at        timestamp with time zone,
    review_message         varchar(1000),
    opened_at              timestamp with time zone not null
);
create unique index moderation_case_live on moderation_case (content_kind, content_id) where status in ('REPORTED', 'SUSPENDED', 'HIDDEN');
create index moderation_case_by_author on moderation_case (author_organization_id, opened_at desc);

create table moderation_report (
    id                       uuid primary key,
    case_id                  uuid                     not null references moderation_case (id) on delete cascade,
    reporter_organization_id uuid                     not null,
    reporter_account_id      uuid,
    reason                   varchar(20)              not null,
    comment                  varchar(1000),
    created_at               timestamp with time zone not null,
    unique (case_id, reporter_organization_id)
);
