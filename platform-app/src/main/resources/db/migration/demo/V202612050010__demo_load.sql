-- The demo's load (module demo): written once the whole demo is loaded. A start that finds the demo begun but this
-- table empty (the previous start was killed during the load) empties the database and loads the demo again.
create table demo_load (
    completed_at timestamp with time zone not null
);
-- A demo loaded before this table existed is whole when its last step is there: the demo local authority's second agent.
insert into demo_load (completed_at)
select now() where exists (select 1 from accounts_user where email = 'agent2.collectivite@demo.alliances.fr');
