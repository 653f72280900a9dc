-- A message the moderation hid (reported by the partner): its reason; the partner no longer reads its text.
alter table conversations_message add column hidden_reason varchar(40);
