-- Events that arrived before what they follow (a stage change before the partnership's start): kept here, and
-- applied in order as soon as what they await arrives.
create table observatory_waiting_event (
    id bigserial primary key,
    awaited varchar(80) not null,
    event_type varchar(300) not null,
    payload text not null,
    received_at timestamp with time zone not null default now()
);
create index observatory_waiting_event_awaited on observatory_waiting_event (awaited, id);
