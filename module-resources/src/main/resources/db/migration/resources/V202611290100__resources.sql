-- The library: resources and case studies, with French full-text search (accents ignored, stems, weighted fields).
create extension if not exists unaccent;
do $$
begin
    if not exists (select 1 from pg_ts_config where cfgname = 'alliances_fr') then
        create text search configuration alliances_fr (copy = french);
        alter text search configuration alliances_fr
            alter mapping for hword, hword_part, word with unaccent, french_stem;
    end if;
end
$$;

create table resources_resource (
    id                    uuid primary key,
    status                varchar(20)   not null,
    type                  varchar(30)   not null,
    purpose               varchar(20)   not null,
    title                 varchar(300)  not null,
    summary               varchar(3000) not null,
    body                  text          not null default '',
    source                varchar(300),
    authors               varchar(500),
    year                  integer check (year is null or year between 1900 and 2100),
    licence               varchar(200),
    url                   varchar(1000),
    audiences             varchar(20)[] not null default '{}',
    categories            varchar(40)[] not null default '{}',
    models                varchar(40)[] not null default '{}',
    themes                varchar(40)[] not null default '{}',
    commune_code          varchar(5),
    department_code       varchar(3),
    -- case studies: who, what was done, what it brought to each side
    partner_types         varchar(200),
    started_on            date,
    ended_on              date,
    results_general_interest varchar(3000),
    results_company       varchar(3000),
    partnership_id        uuid unique,
    proposed_by           uuid,
    review_on             date,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    published_at          timestamptz,
    version               bigint        not null default 0,
    document              tsvector generated always as (
        setweight(to_tsvector('alliances_fr', title), 'A')
        || setweight(to_tsvector('alliances_fr', summary), 'B')
        || setweight(to_tsvector('alliances_fr', body || ' ' || coalesce(results_general_interest, '') || ' '
                                 || coalesce(results_company, '')), 'C')) stored
);
create index resources_document on resources_resource using gin (document);
create index resources_by_status on resources_resource (status, updated_at desc);
create index resources_review_due on resources_resource (review_on) where status = 'PUBLISHED';

-- What the library knows of each organisation, from the events of the other modules, for "Pour vous".
create table resources_organization_profile (
    organization_id        uuid primary key,
    organization_type      varchar(20),
    maturity               varchar(20),
    categories             varchar(40)[] not null default '{}',
    models                 varchar(40)[] not null default '{}',
    diagnosis_completed_at timestamptz
);
create table resources_partnership_model (
    partnership_id  uuid        not null,
    organization_id uuid        not null,
    model           varchar(40) not null,
    primary key (partnership_id, organization_id)
);
