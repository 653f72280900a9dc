-- Diagnoses of organisations: answers saved step by step, the assessment stored whole at completion.
create table diagnosis_diagnosis (
    id                    uuid primary key,
    organization_id       uuid         not null,
    organization_type     varchar(20)  not null,
    questionnaire_version varchar(60)  not null,
    status                varchar(20)  not null,
    current_step          integer      not null default 0,
    started_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    completed_at          timestamptz,
    maturity_level        varchar(20),
    overall_score         integer,
    axis_scores           varchar(200),
    ranked_categories     varchar(200),
    recommended_models    varchar(300),
    objectives            varchar(500),
    entry_door_first      boolean      not null default false,
    version               bigint       not null default 0,
    constraint diagnosis_completed_whole check (status <> 'COMPLETED'
        or (completed_at is not null and maturity_level is not null and overall_score is not null))
);
-- one diagnosis in progress at a time per organisation
create unique index diagnosis_one_in_progress on diagnosis_diagnosis (organization_id) where status = 'IN_PROGRESS';
create index diagnosis_by_organization on diagnosis_diagnosis (organization_id, completed_at);

create table diagnosis_answer (
    diagnosis_id  uuid        not null references diagnosis_diagnosis (id) on delete cascade,
    question_code varchar(80) not null,
    option_code   varchar(80) not null,
    primary key (diagnosis_id, question_code, option_code)
);

create table diagnosis_reason (
    diagnosis_id  uuid        not null references diagnosis_diagnosis (id) on delete cascade,
    position      integer     not null,
    category      varchar(40) not null,
    kind          varchar(40) not null,
    question_code varchar(80),
    option_code   varchar(80),
    points        integer     not null,
    primary key (diagnosis_id, position)
);

create table diagnosis_sharing (
    id              uuid primary key,
    organization_id uuid        not null,
    shared_with_id  uuid        not null,
    granted_at      timestamptz not null,
    constraint diagnosis_sharing_once unique (organization_id, shared_with_id),
    constraint diagnosis_sharing_not_self check (organization_id <> shared_with_id)
);
create index diagnosis_sharing_with on diagnosis_sharing (shared_with_id);
