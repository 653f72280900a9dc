-- The demo's load (module demo): a row when it begins, completed when the whole demo is in. A start that finds a load
-- begun and not completed (the previous start was killed during it) empties the database and loads the demo again.
create table demo_load (
    started_at   timestamp with time zone not null,
    completed_at timestamp with time zone
);
