-- The observatory's read model: kept up to date by the modules' events, never by reading their tables.

-- Every event applied once: a redelivered event finds its key here and changes nothing.
create table observatory_applied_event (
    event_key varchar(200) primary key
);

-- Counts and sums per territory ('FR', 'R84', 'D69', 'E200046977', 'C69123'), figure, dimension and month
-- (yyyymm, or 0 for the figure at this day). Every level is kept, so a screen reads its territory's rows only.
create table observatory_figure (
    territory varchar(16) not null,
    metric varchar(32) not null,
    dimension varchar(64) not null,
    month integer not null,
    n bigint not null,
    amount numeric(20, 2) not null,
    primary key (territory, metric, dimension, month)
);

-- What the figures' moves need to remember of each thing counted (ids and codes only).
create table observatory_organization (
    id uuid primary key,
    type varchar(20) not null,
    commune_code varchar(5) not null,
    status varchar(20) not null,
    maturity varchar(20),
    maturity_at timestamp with time zone
);

create table observatory_need (
    id uuid primary key,
    commune_code varchar(5) not null,
    themes varchar(1000) not null,
    categories varchar(200) not null,
    status varchar(20) not null
);

create table observatory_interest (
    id uuid primary key,
    commune_code varchar(5) not null,
    expressed_at timestamp with time zone not null,
    answered boolean not null
);

create table observatory_partnership (
    id uuid primary key,
    commune_code varchar(5) not null
);

create table observatory_contribution (
    id uuid primary key,
    partnership_id uuid not null,
    kind varchar(20) not null,
    amount numeric(20, 2) not null
);
create index observatory_contribution_partnership on observatory_contribution (partnership_id, kind);

-- When the read model was last rebuilt from the modules' replays (one row).
create table observatory_rebuild (
    id integer primary key,
    rebuilt_at timestamp with time zone not null,
    events bigint not null
);
