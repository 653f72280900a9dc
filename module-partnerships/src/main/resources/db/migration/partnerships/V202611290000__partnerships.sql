-- Partnerships between an association and a company: stages, journey across models, contributions, double impact.
create table partnerships_partnership (
    id                           uuid primary key,
    origin                       varchar(20)  not null,
    association_id               uuid         not null,
    company_id                   uuid         not null,
    declared_by                  uuid,
    interest_id                  uuid unique,
    need_id                      uuid,
    model                        varchar(40)  not null,
    stage                        varchar(20)  not null,
    commune_code                 varchar(5)   not null,
    started_on                   date         not null,
    next_step_due_on             date,
    created_at                   timestamptz  not null,
    last_activity_at             timestamptz  not null,
    idle_reminded_at             timestamptz,
    closed_at                    timestamptz,
    association_happened         boolean,
    association_brought          varchar(2000),
    association_satisfaction     integer check (association_satisfaction between 1 and 5),
    association_case_study       boolean,
    association_answered_at      timestamptz,
    company_happened             boolean,
    company_brought              varchar(2000),
    company_satisfaction         integer check (company_satisfaction between 1 and 5),
    company_case_study           boolean,
    company_answered_at          timestamptz,
    outcome_announced_at         timestamptz,
    version                      bigint       not null default 0,
    check (association_id <> company_id)
);
create index partnerships_by_association on partnerships_partnership (association_id, last_activity_at desc);
create index partnerships_by_company on partnerships_partnership (company_id, last_activity_at desc);
create index partnerships_open_by_activity on partnerships_partnership (last_activity_at) where closed_at is null;

create table partnerships_stage_change (
    id               uuid primary key,
    partnership_id   uuid         not null references partnerships_partnership (id) on delete cascade,
    from_stage       varchar(20),
    to_stage         varchar(20)  not null,
    model            varchar(40)  not null,
    evolved_from     varchar(40),
    by_organization  uuid         not null,
    signed_by        varchar(320),
    changed_at       timestamptz  not null,
    note             varchar(1000),
    -- the order lines were written in, for lines written at the same instant
    sequence         bigint generated always as identity
);
create index partnerships_stage_change_by_partnership on partnerships_stage_change (partnership_id, changed_at desc);

create table partnerships_contribution (
    id              uuid primary key,
    partnership_id  uuid           not null references partnerships_partnership (id) on delete cascade,
    kind            varchar(20)    not null,
    given_by        uuid           not null,
    amount          numeric(14, 2) not null check (amount > 0 and amount <= 1000000000),
    description     varchar(300),
    given_on        date           not null,
    recorded_by     varchar(320)   not null,
    recorded_at     timestamptz    not null
);
create index partnerships_contribution_by_partnership on partnerships_contribution (partnership_id, given_on desc);

create table partnerships_indicator (
    id              uuid primary key,
    partnership_id  uuid           not null references partnerships_partnership (id) on delete cascade,
    indicator       varchar(40)    not null,
    side            varchar(20)    not null,
    label           varchar(120),
    unit            varchar(20)    not null,
    value           numeric(14, 2) not null check (value >= 0 and value <= 1000000000),
    measured_on     date           not null,
    recorded_by     varchar(320)   not null,
    recorded_at     timestamptz    not null
);
create index partnerships_indicator_by_partnership on partnerships_indicator (partnership_id, measured_on desc);

-- The latest partnership maturity of each organisation, followed from DiagnosisCompleted, for journey advice.
create table partnerships_maturity (
    organization_id  uuid primary key,
    maturity         varchar(20) not null,
    completed_at     timestamptz not null
);
