-- Needs of associations, partner profiles of companies, interests and matches.
create table matching_need (
    id               uuid primary key,
    organization_id  uuid          not null,
    status           varchar(20)   not null,
    title            varchar(120)  not null,
    description      varchar(4000) not null,
    contribution     varchar(40),
    commune_code     varchar(5),
    reach            varchar(20),
    start_date       date,
    deadline         date,
    quantity         numeric(12, 2) check (quantity is null or quantity >= 0),
    created_at       timestamptz   not null,
    published_at     timestamptz,
    last_activity_at timestamptz   not null,
    closed_at        timestamptz,
    version          bigint        not null default 0
);
create index matching_need_by_organization on matching_need (organization_id, created_at);
create index matching_need_published on matching_need (status) where status = 'PUBLISHED';

create table matching_need_theme (
    need_id uuid        not null references matching_need (id) on delete cascade,
    theme   varchar(40) not null,
    primary key (need_id, theme)
);
create table matching_need_model (
    need_id uuid        not null references matching_need (id) on delete cascade,
    model   varchar(40) not null,
    primary key (need_id, model)
);

create table matching_profile (
    organization_id        uuid primary key,
    maturity               varchar(20),
    diagnosis_completed_at timestamptz,
    updated_at             timestamptz not null,
    version                bigint      not null default 0
);
create table matching_profile_theme (
    organization_id uuid        not null references matching_profile (organization_id) on delete cascade,
    theme           varchar(40) not null,
    primary key (organization_id, theme)
);
create table matching_profile_contribution (
    organization_id uuid        not null references matching_profile (organization_id) on delete cascade,
    contribution    varchar(40) not null,
    capacity        integer check (capacity is null or capacity >= 0),
    primary key (organization_id, contribution)
);
create table matching_profile_commune (
    organization_id uuid       not null references matching_profile (organization_id) on delete cascade,
    commune_code    varchar(5) not null,
    primary key (organization_id, commune_code)
);
create table matching_profile_category (
    organization_id uuid        not null references matching_profile (organization_id) on delete cascade,
    position        integer     not null,
    category        varchar(40) not null,
    primary key (organization_id, position)
);

create table matching_interest (
    id             uuid primary key,
    need_id        uuid         not null references matching_need (id),
    company_id     uuid         not null,
    association_id uuid         not null,
    message        varchar(1000),
    status         varchar(20)  not null,
    decline_reason varchar(500),
    chosen_model   varchar(40),
    expressed_at   timestamptz  not null,
    decided_at     timestamptz,
    version        bigint       not null default 0
);
-- one pending interest per company and need
create unique index matching_interest_one_pending on matching_interest (need_id, company_id) where status = 'PENDING';
create index matching_interest_by_association on matching_interest (association_id, expressed_at);
create index matching_interest_by_company on matching_interest (company_id, expressed_at);
