-- The scheduled jobs' locks (kernel): a job runs on one instance at a time; lock_until is the database's clock.
create table kernel_scheduler_lock (
    name       varchar(64)  primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
