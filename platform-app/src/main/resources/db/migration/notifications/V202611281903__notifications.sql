-- The notification centre (module notifications).
create table notifications_notification (
    id          uuid primary key,
    account_id  uuid         not null,
    kind        varchar(40)  not null,
    message_key varchar(120) not null,
    arguments   text,
    source_key  varchar(200) not null unique,
    channel     varchar(20)  not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone,
    sent_at     timestamp with time zone
);
create index notifications_by_account on notifications_notification (account_id, created_at desc);
create index notifications_digest on notifications_notification (channel) where sent_at is null;

create table notifications_preference (
    account_id uuid        not null,
    kind       varchar(40) not null,
    channel    varchar(20) not null,
    primary key (account_id, kind)
);
