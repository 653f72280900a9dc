-- Organisations: the kernel's only table. One identifier per type of organisation.
create table kernel_organization (
    id              uuid primary key,
    type            varchar(32)  not null,
    name            varchar(200) not null,
    identifier      varchar(32)  not null,
    commune_code    varchar(5)   not null,
    territory_level varchar(16),
    sector          varchar(40),
    size_band       varchar(16),
    status          varchar(16)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint kernel_organization_identifier_unique unique (type, identifier)
);
create index kernel_organization_commune on kernel_organization (commune_code);
