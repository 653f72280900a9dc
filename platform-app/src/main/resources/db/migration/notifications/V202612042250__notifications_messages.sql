-- Message notifications (module notifications): the conversation a notification is about, so that its e-mail waits
-- until the message is still unread after a while and at most one goes per conversation and hour.
alter table notifications_notification add column thread_id uuid;
create index notifications_messages_pending on notifications_notification (kind, created_at) where sent_at is null and read_at is null;
create index notifications_by_thread on notifications_notification (account_id, thread_id) where thread_id is not null;

-- Whether a member's e-mails about a new message carry its text (by default they do), or only who wrote and a link.
create table notifications_message_text (
    account_id uuid primary key,
    with_text  boolean not null
);
